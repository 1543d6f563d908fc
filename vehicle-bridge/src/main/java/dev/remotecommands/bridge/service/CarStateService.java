package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.repository.VehicleRepository;
import dev.remotecommands.contracts.events.VehicleStateReported;
import dev.remotecommands.contracts.mqtt.StateMessage;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Reports a car's state (doors, ignition, privacy mode); a report no newer than the last one is not repeated. */
@ApplicationScoped
public class CarStateService {

    private final VehicleRepository vehicles;
    private final Reporter reporter;
    private final Clock clock;

    public CarStateService(VehicleRepository vehicles, Reporter reporter, Clock clock) {
        this.vehicles = vehicles;
        this.reporter = reporter;
        this.clock = clock;
    }

    public Uni<Void> record(String vin, StateMessage state) {
        Instant now = clock.instant();
        Instant at = state.at() != null ? state.at() : now;
        return Panache.withTransaction(() -> vehicles.recordStateAt(vin, at, now)
                .chain(newer -> newer
                        ? reporter.vehicleState(new VehicleStateReported(vin, state.doors(), state.ignition(),
                                state.privacyMode(), null, at))
                        : Uni.createFrom().voidItem()));
    }
}
