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
    // Each kind of report (condition, presence) wins only over an older report of the same kind.
    private static final String MERGE_REPORT = """
            insert into vehicle_state (vin, doors, ignition, privacy_mode, presence, condition_at, presence_at,
                                       reported_at)
            values (:vin, cast(:doors as varchar), cast(:ignition as varchar), cast(:privacyMode as varchar),
                    cast(:presence as varchar), cast(:conditionAt as timestamptz), cast(:presenceAt as timestamptz),
                    :at)
            on conflict (vin) do update set
                doors = case when excluded.condition_at >= coalesce(vehicle_state.condition_at, excluded.condition_at)
                        then coalesce(excluded.doors, vehicle_state.doors) else vehicle_state.doors end,
                ignition = case when excluded.condition_at >= coalesce(vehicle_state.condition_at, excluded.condition_at)
                        then coalesce(excluded.ignition, vehicle_state.ignition) else vehicle_state.ignition end,
                privacy_mode = case
                        when excluded.condition_at >= coalesce(vehicle_state.condition_at, excluded.condition_at)
                        then coalesce(excluded.privacy_mode, vehicle_state.privacy_mode)
                        else vehicle_state.privacy_mode end,
                condition_at = greatest(vehicle_state.condition_at, excluded.condition_at),
                presence = case when excluded.presence_at >= coalesce(vehicle_state.presence_at, excluded.presence_at)
                        then excluded.presence else vehicle_state.presence end,
                presence_at = greatest(vehicle_state.presence_at, excluded.presence_at),
                reported_at = greatest(vehicle_state.reported_at, excluded.reported_at)
            """;

    public Uni<Void> merge(String vin, DoorState doors, IgnitionState ignition, PrivacyMode privacyMode,
            Presence presence, Instant at) {
        return getSession().chain(session -> session.createNativeQuery(MERGE_REPORT)
                .setParameter("vin", vin)
                .setParameter("doors", nameOf(doors))
                .setParameter("ignition", nameOf(ignition))
                .setParameter("privacyMode", nameOf(privacyMode))
                .setParameter("presence", nameOf(presence))
                .setParameter("conditionAt", doors != null || ignition != null || privacyMode != null ? at : null)
                .setParameter("presenceAt", presence != null ? at : null)
                .setParameter("at", at)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
