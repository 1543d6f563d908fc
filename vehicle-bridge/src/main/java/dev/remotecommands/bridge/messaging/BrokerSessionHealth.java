package dev.remotecommands.bridge.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while connected to the MQTT broker: without it no command reaches a car. */
@Readiness
@ApplicationScoped
public class BrokerSessionHealth implements HealthCheck {

    private final BrokerSession broker;

    public BrokerSessionHealth(BrokerSession broker) {
        this.broker = broker;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("mqtt-broker").status(broker.isConnected()).build();
    }
}
