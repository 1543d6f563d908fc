package dev.remotecommands.bridge.metrics;

import dev.remotecommands.bridge.service.WakeUps;
import dev.remotecommands.service.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * MQTT traffic with the cars, by the topic's last level (acks, state, presence, commands, ...), and wake-ups. The
 * wake-up decisions are registered at start, at 0: Prometheus' rate() misses the first count of a series that
 * appears with it.
 */
@Startup
@ApplicationScoped
public class BridgeMetrics {

    private final MeterRegistry registry;

    public BridgeMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (WakeUps.Decision decision : WakeUps.Decision.values()) {
            wakeUps(decision);
        }
    }

    public void received(String topic) {
        Counter.builder(MetricNames.MQTT_RECEIVED).tag(MetricNames.KIND, kindOf(topic)).register(registry).increment();
    }

    public void published(String topic) {
        Counter.builder(MetricNames.MQTT_PUBLISHED).tag(MetricNames.KIND, kindOf(topic)).register(registry).increment();
    }

    public void wakeUp(WakeUps.Decision decision) {
        wakeUps(decision).increment();
    }

    private Counter wakeUps(WakeUps.Decision decision) {
        return Counter.builder(MetricNames.WAKE_UPS).tag(MetricNames.DECISION, decision.name()).register(registry);
    }

    /** The last level only: the VIN must not become a tag (one series per car). */
    static String kindOf(String topic) {
        return topic.substring(topic.lastIndexOf('/') + 1);
    }
}
