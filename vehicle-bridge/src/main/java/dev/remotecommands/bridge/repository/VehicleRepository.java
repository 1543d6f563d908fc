package dev.remotecommands.bridge.repository;

import dev.remotecommands.contracts.vehicle.Presence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** What the bridge knows of each car: its presence and the time of its last state report. */
@ApplicationScoped
public class VehicleRepository {

    /**
     * The car's last presence, or null if it never told; locks the car's row until the transaction ends, so a
     * presence change waits for a command being routed on the old presence (and then sees it).
     */
    public Uni<Presence> lockPresence(String vin) {
        return Panache.getSession().chain(session -> session
                .<String>createNativeQuery("select presence from vehicle where vin = :vin for update")
                .setParameter("vin", vin)
                .getSingleResultOrNull())
                .map(presence -> presence == null ? null : Presence.valueOf(presence));
    }

    /** Stores the car's presence; false if it is the very report already stored (a retained message seen again). */
    public Uni<Boolean> recordPresence(String vin, Presence presence, Instant at, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into vehicle (vin, presence, presence_at, updated_at)
                values (:vin, :presence, :at, :now)
                on conflict (vin) do update
                    set presence = excluded.presence, presence_at = excluded.presence_at, updated_at = excluded.updated_at
                    where vehicle.presence is distinct from excluded.presence
                       or vehicle.presence_at is distinct from excluded.presence_at""")
                .setParameter("vin", vin)
                .setParameter("presence", presence.name())
                .setParameter("at", at)
                .setParameter("now", now)
                .executeUpdate())
                .map(changed -> changed == 1);
    }

    /** Stores the time of the car's state report; false if a report as recent was already stored. */
    public Uni<Boolean> recordStateAt(String vin, Instant at, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into vehicle (vin, state_at, updated_at)
                values (:vin, :at, :now)
                on conflict (vin) do update
                    set state_at = excluded.state_at, updated_at = excluded.updated_at
                    where vehicle.state_at is null or vehicle.state_at < excluded.state_at""")
                .setParameter("vin", vin)
                .setParameter("at", at)
                .setParameter("now", now)
                .executeUpdate())
                .map(changed -> changed == 1);
    }
}
