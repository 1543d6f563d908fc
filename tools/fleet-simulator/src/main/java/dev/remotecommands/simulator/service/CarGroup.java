package dev.remotecommands.simulator.service;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The cars that share one event loop, as one verticle: its context is theirs (so each car is single-threaded),
 * and one sweep a second puts those that are idle enough to sleep and sends the heartbeats that are due, instead
 * of timers per car. The fleet
 * deploys one group per event loop.
 */
final class CarGroup extends AbstractVerticle {

    /** Only touched on this group's context. */
    private final List<SimulatedCar> cars = new ArrayList<>();
    private final Duration idleCheckInterval;

    CarGroup(Duration idleCheckInterval) {
        this.idleCheckInterval = idleCheckInterval;
    }

    @Override
    public void start() {
        vertx.setPeriodic(millis(idleCheckInterval), id -> cars.forEach(SimulatedCar::sweep));
    }

    /** The context the group's cars live on; known once the group is deployed. */
    Context carContext() {
        return context;
    }

    /** Takes the car in and starts it, on the group's context. */
    void add(SimulatedCar car) {
        context.runOnContext(v -> {
            cars.add(car);
            car.start();
        });
    }

    /** Undeploying the group takes its cars off the broker cleanly (OFFLINE presence first). */
    @Override
    public void stop(Promise<Void> stopped) {
        List<Future<?>> leaving = new ArrayList<>(cars.size());
        cars.forEach(car -> leaving.add(car.stop()));
        Future.join(leaving).onComplete(done -> stopped.complete());
    }

    static long millis(Duration duration) {
        // Vert.x timers need at least one millisecond.
        return Math.max(1, duration.toMillis());
    }
}
