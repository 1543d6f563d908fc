package dev.remotecommands.command.service;

import dev.remotecommands.command.VehicleState;
import dev.remotecommands.command.repository.VehicleStateRepository;
import dev.remotecommands.contracts.events.VehicleStateReported;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The last known state of the cars. */
@ApplicationScoped
public class VehicleStates {

    private final VehicleStateRepository states;
    private final VehicleAccess access;

    public VehicleStates(VehicleStateRepository states, VehicleAccess access) {
        this.states = states;
        this.access = access;
    }

    /** Merges a report: null fields leave the known values, a report older than the stored one is ignored. */
    public Uni<Void> record(VehicleStateReported report) {
        return Panache.withTransaction(() -> states.merge(report.vin(), report.doors(), report.ignition(),
                report.privacyMode(), report.presence(), report.at()));
    }

    /** The car's last known state as the account may see it; empty before any report. */
    public Uni<Optional<VehicleState>> lastKnown(String accountId, String vin) {
        return Panache.withSession(() -> access.require(accountId, vin)
                .chain(() -> states.findById(vin))
                .map(Optional::ofNullable));
    }
}
