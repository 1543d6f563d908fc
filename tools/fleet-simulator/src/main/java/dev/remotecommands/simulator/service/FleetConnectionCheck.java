package dev.remotecommands.simulator.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once every car is connected to the MQTT broker, so run scripts, tests and load runs can wait for a usable
 * fleet: a car that is not connected would silently miss the commands sent to it. Not "most of the fleet": a
 * larger fleet takes longer to be ready (it connects a wave at a time), it is not ready sooner by leaving cars out.
 */
@Readiness
@ApplicationScoped
public class FleetConnectionCheck implements HealthCheck {

    private final Fleet fleet;

    public FleetConnectionCheck(Fleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public HealthCheckResponse call() {
        ConnectedCars cars = fleet.connectedCars();
        int connected = cars.count();
        return HealthCheckResponse.named("fleet-mqtt-connections")
                .status(connected == cars.fleetSize())
                .withData("connected", connected)
                .withData("cars", cars.fleetSize())
                .build();
    }
}
