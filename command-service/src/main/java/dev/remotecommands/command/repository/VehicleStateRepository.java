package dev.remotecommands.command.repository;

import dev.remotecommands.command.VehicleState;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class VehicleStateRepository implements PanacheRepositoryBase<VehicleState, String> {

    // A null field leaves the known value; a report older than the stored one changes nothing.
    private static final String MERGE_REPORT = """
            insert into vehicle_state (vin, doors, ignition, privacy_mode, presence, reported_at)
            values (:vin, cast(:doors as varchar), cast(:ignition as varchar), cast(:privacyMode as varchar),
                    cast(:presence as varchar), :at)
            on conflict (vin) do update set
                doors = coalesce(excluded.doors, vehicle_state.doors),
                ignition = coalesce(excluded.ignition, vehicle_state.ignition),
                privacy_mode = coalesce(excluded.privacy_mode, vehicle_state.privacy_mode),
                presence = coalesce(excluded.presence, vehicle_state.presence),
                reported_at = excluded.reported_at
            where vehicle_state.reported_at <= excluded.reported_at
            """;

    public Uni<Void> merge(String vin, DoorState doors, IgnitionState ignition, PrivacyMode privacyMode,
            Presence presence, Instant at) {
        return getSession().chain(session -> session.createNativeQuery(MERGE_REPORT)
                .setParameter("vin", vin)
                .setParameter("doors", nameOf(doors))
                .setParameter("ignition", nameOf(ignition))
                .setParameter("privacyMode", nameOf(privacyMode))
                .setParameter("presence", nameOf(presence))
                .setParameter("at", at)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
