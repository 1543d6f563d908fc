package dev.remotecommands.otp.metrics;

import dev.remotecommands.service.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** What became of each code to send: SENT, FAILED (provider or expiry) or THROTTLED, with the reason. */
@ApplicationScoped
public class OtpMetrics {

    private final MeterRegistry registry;

    public OtpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void delivery(String outcome, String reason) {
        Counter.builder(MetricNames.OTP_DELIVERIES).tag(MetricNames.OUTCOME, outcome)
                .tag(MetricNames.REASON, reason == null ? "none" : reason).register(registry).increment();
    }
}
