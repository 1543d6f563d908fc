package dev.remotecommands.bridge.metrics;

import dev.remotecommands.bridge.messaging.BrokerSession;
import dev.remotecommands.service.metrics.MetricNames;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** 1 while this bridge instance is connected to the MQTT broker, else 0. */
@ApplicationScoped
public class MqttConnectionGauge {

    void register(@Observes StartupEvent event, BrokerSession broker, MeterRegistry registry) {
        Gauge.builder(MetricNames.MQTT_CONNECTED, broker, session -> session.isConnected() ? 1 : 0)
                .description("1 while connected to the MQTT broker").strongReference(true).register(registry);
    }
}
