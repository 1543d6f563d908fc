package dev.remotecommands.bridge.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The pairing reports already announced, so that a QoS 1 redelivery of one is not announced twice. */
@ApplicationScoped
public class PairingReportRepository {

    /** Remembers the report; false if the very same report (car, challenge, device, time) was seen before. */
    public Uni<Boolean> rememberIfNew(String vin, String challenge, String deviceId, Instant reportedAt, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into pairing_report (vin, challenge, device_id, reported_at, received_at)
                values (:vin, :challenge, :device, :reportedAt, :now)
                on conflict do nothing""")
                .setParameter("vin", vin)
                .setParameter("challenge", challenge)
                .setParameter("device", deviceId)
                .setParameter("reportedAt", reportedAt)
                .setParameter("now", now)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Forgets reports received before {@code before}. */
    public Uni<Integer> purgeBefore(Instant before) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from pairing_report where received_at < :before")
                .setParameter("before", before)
                .executeUpdate());
    }
}
