package dev.remotecommands.loadtest;

import java.time.Duration;
import java.util.List;

import picocli.CommandLine.Option;

/** The sweep's rates and step length: what the benchmark runs, and what fleet-setup sizes the fleet for. */
public final class SweepOptions {

    @Option(names = "--rates", split = ",", defaultValue = "50,100,200,300,500,1000",
            description = "Offered rates, commands/s (default ${DEFAULT-VALUE}).")
    private List<Double> rates;

    @Option(names = "--seconds", defaultValue = "60", description = "Length of each step (default ${DEFAULT-VALUE}).")
    private long seconds;

    public List<Double> rates() {
        return rates;
    }

    public Duration step() {
        return Duration.ofSeconds(seconds);
    }
}
