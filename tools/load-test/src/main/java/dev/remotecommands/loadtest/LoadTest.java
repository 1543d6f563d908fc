package dev.remotecommands.loadtest;

import dev.remotecommands.loadtest.benchmark.BenchmarkCommand;
import dev.remotecommands.loadtest.fleet.FleetSetupCommand;
import dev.remotecommands.loadtest.replay.InspectCommand;
import dev.remotecommands.loadtest.replay.RecordCommand;
import dev.remotecommands.loadtest.replay.ReplayCommand;
import dev.remotecommands.loadtest.webhook.WebhookReceiverCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./load-test}: one command whose subcommands each do one job of a performance engineer. Its subcommands:
 * {@code fleet-setup} (certify a load-test fleet over the public APIs), {@code benchmark} (open-loop load on the
 * BFF's API beside a raw pipe of the same hops), the Kafka replay tools: {@code record} (topics to a file),
 * {@code inspect} (what a recording holds) and {@code replay} (a file back to topics, verbatim or restamped), and
 * {@code webhook-receiver} (a BFF's webhook endpoint that checks and prints command-service's deliveries).
 */
@Command(name = "load-test", mixinStandardHelpOptions = true, version = "load-test 0.1.0",
        description = "Load tests of the Remote Commands platform (see tools/load-test/README.md).",
        subcommands = {FleetSetupCommand.class, BenchmarkCommand.class, RecordCommand.class, InspectCommand.class,
                ReplayCommand.class, WebhookReceiverCommand.class, CommandLine.HelpCommand.class})
public final class LoadTest implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // kafka-clients and Vert.x log through slf4j-simple here: warnings only.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(new CommandLine(new LoadTest()).execute(args));
    }

    /** Without a subcommand: the usage, and a non-zero exit. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
