package dev.remotecommands.loadtest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the subcommands that work on a load-test fleet: where the platform listens, the fleet file
 * (fleet-setup writes it, benchmark reads it) and the sweep's rates and step length (what the benchmark runs, and what
 * fleet-setup prints the cars needed for).
 */
public final class LoadOptions {

    @Mixin
    private PlatformOptions platform;

    @Option(names = "--fleet", defaultValue = "fleet.json",
            description = "The fleet file: fleet-setup writes it, benchmark reads it (default ${DEFAULT-VALUE}).")
    private Path fleetFile;

    @Option(names = "--rates", split = ",", defaultValue = "50,100,200,300,500,1000",
            description = "Offered rates, commands/s (default ${DEFAULT-VALUE}).")
    private List<Double> rates;

    @Option(names = "--seconds", defaultValue = "60", description = "Length of each step (default ${DEFAULT-VALUE}).")
    private long seconds;

    public PlatformOptions platform() {
        return platform;
    }

    public Path fleetFile() {
        return fleetFile;
    }

    public List<Double> rates() {
        return rates;
    }

    public Duration step() {
        return Duration.ofSeconds(seconds);
    }
}
