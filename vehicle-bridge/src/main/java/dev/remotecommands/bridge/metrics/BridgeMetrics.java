package dev.remotecommands.bridge.metrics;

import dev.remotecommands.service.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** MQTT traffic with the cars, by the topic's last level (acks, state, presence, commands, ...), and wake-ups. */
@ApplicationScoped
public class BridgeMetrics {

    private final MeterRegistry registry;

    public BridgeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(String topic) {
        Counter.builder(MetricNames.MQTT_RECEIVED).tag(MetricNames.KIND, kindOf(topic)).register(registry).increment();
    }

    public void published(String topic) {
        Counter.builder(MetricNames.MQTT_PUBLISHED).tag(MetricNames.KIND, kindOf(topic)).register(registry).increment();
    }

    public void wakeUp(Enum<?> decision) {
        Counter.builder(MetricNames.WAKE_UPS).tag(MetricNames.DECISION, decision.name()).register(registry).increment();
    }

    /** The last level only: the VIN must not become a tag (one series per car). */
    static String kindOf(String topic) {
        return topic.substring(topic.lastIndexOf('/') + 1);
    }
}
