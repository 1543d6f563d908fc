package dev.remotecommands.command.metrics;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.service.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * The command funnel: accepted and refused commands, and how long accepted ones took to their terminal status.
 * Registered at start at 0 where the tags are known in advance, since Prometheus' rate() and increase() miss the
 * first count of a series that appears with it.
 */
@Startup
@ApplicationScoped
public class CommandMetrics {

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (CommandType type : CommandType.values()) {
            Counter.builder(MetricNames.COMMANDS_ACCEPTED).tag(MetricNames.TYPE, type.name()).register(registry);
        }
        Counter.builder(MetricNames.COMMANDS_TIMED_OUT).register(registry);
    }

    public void accepted(CommandType type) {
        Counter.builder(MetricNames.COMMANDS_ACCEPTED).tag(MetricNames.TYPE, type.name()).register(registry)
                .increment();
    }

    /** A refusal that is the platform's answer (a problem), tagged with the problem's slug. */
    public void refused(CommandType type, Throwable failure) {
        if (failure instanceof ProblemException problem) {
            String slug = problem.type().substring(problem.type().lastIndexOf('/') + 1);
            Counter.builder(MetricNames.COMMANDS_REFUSED).tag(MetricNames.TYPE, type.name())
                    .tag(MetricNames.REASON, slug).register(registry)
                    .increment();
        }
    }

    /** The watchdog ended these commands TIMED_OUT (no answer: their latency is the answer grace). */
    public void timedOut(int commands) {
        Counter.builder(MetricNames.COMMANDS_TIMED_OUT).register(registry).increment(commands);
    }

    /** A command reached {@code status}; terminal ones record their latency since acceptance. */
    public void reached(CommandType type, CommandStatus status, Instant acceptedAt, Instant now) {
        if (status.isTerminal()) {
            Timer.builder(MetricNames.COMMANDS_LATENCY).tag(MetricNames.TYPE, type.name())
                    .tag(MetricNames.OUTCOME, status.name()).publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofMinutes(5))
                    .register(registry).record(Duration.between(acceptedAt, now));
        }
    }
}
