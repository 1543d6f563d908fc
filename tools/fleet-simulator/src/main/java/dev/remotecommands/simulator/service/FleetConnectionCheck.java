package dev.remotecommands.simulator.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once every car is connected to the MQTT broker, so run scripts can wait for a usable fleet. */
@Readiness
@ApplicationScoped
public class FleetConnectionCheck implements HealthCheck {

    private final Fleet fleet;

    public FleetConnectionCheck(Fleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public HealthCheckResponse call() {
        long connected = fleet.cars().stream().filter(SimulatedCar::isConnected).count();
        int size = fleet.cars().size();
        return HealthCheckResponse.named("fleet-mqtt-connections")
                .status(connected == size)
                .withData("connected", connected)
                .withData("cars", size)
                .build();
    }
}
