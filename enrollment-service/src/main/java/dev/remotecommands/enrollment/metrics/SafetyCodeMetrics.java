package dev.remotecommands.enrollment.metrics;

import dev.remotecommands.service.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Safety code lockouts: a rise means someone guesses codes (or a driver forgot theirs). Registered at start, at 0:
 * Prometheus' increase() misses the first count of a series that appears with it.
 */
@Startup
@ApplicationScoped
public class SafetyCodeMetrics {

    private final Counter lockouts;

    public SafetyCodeMetrics(MeterRegistry registry) {
        this.lockouts = Counter.builder(MetricNames.SAFETY_CODE_LOCKOUTS)
                .description("safety code lockouts started after too many wrong codes").register(registry);
    }

    public void lockedOut() {
        lockouts.increment();
    }
}
