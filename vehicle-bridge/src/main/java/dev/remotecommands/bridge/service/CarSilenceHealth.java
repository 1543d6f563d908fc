package dev.remotecommands.bridge.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive unless the cars went silent for this bridge while some are connected ({@link CarSilenceWatch}). */
@Liveness
@ApplicationScoped
public class CarSilenceHealth implements HealthCheck {

    private final CarSilenceWatch watch;

    public CarSilenceHealth(CarSilenceWatch watch) {
        this.watch = watch;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("car-traffic")
                .status(!watch.isSilent())
                .withData("connectedCars", watch.connectedCars())
                .withData("lastHeard", String.valueOf(watch.lastHeard()))
                .build();
    }
}
