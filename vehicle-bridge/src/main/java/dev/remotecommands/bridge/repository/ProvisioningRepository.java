package dev.remotecommands.bridge.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * The provisioning each car should have (a version per VIN that grows with every grant change) and the version that
 * last reached the broker. All calls run in the caller's transaction.
 */
@ApplicationScoped
public class ProvisioningRepository {

    /** A provisioning wanted but not yet published, locked by the caller's transaction. */
    public record Pending(String vin, long version, Instant wantedAt) {
    }

    /** Records that the car's provisioning changed and must be published (again). */
    public Uni<Void> want(String vin, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into provisioning (vin, wanted_version, published_version, wanted_at)
                values (:vin, 1, 0, :now)
                on conflict (vin) do update
                    set wanted_version = provisioning.wanted_version + 1, wanted_at = excluded.wanted_at""")
                .setParameter("vin", vin)
                .setParameter("now", now)
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Locks the car's provisioning if it still has to be published; null if it is published already or another
     * instance is publishing it right now ({@code skip locked}). Holding the lock while publishing keeps two
     * publications of one car in order, so the retained message is always the newest.
     */
    public Uni<Pending> lockPending(String vin) {
        return Panache.getSession().chain(session -> session.<Object[]>createNativeQuery("""
                select vin, wanted_version, wanted_at from provisioning
                where vin = :vin and published_version < wanted_version
                for update skip locked""", Object[].class)
                .setParameter("vin", vin)
                .getSingleResultOrNull())
                .map(row -> row == null ? null : new Pending((String) row[0], ((Number) row[1]).longValue(),
                        toInstant(row[2])));
    }

    public Uni<Void> markPublished(String vin, long version) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update provisioning set published_version = :version
                where vin = :vin and published_version < :version""")
                .setParameter("vin", vin)
                .setParameter("version", version)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Cars whose wanted provisioning, changed at or before {@code before}, has not been published. */
    public Uni<List<String>> unpublished(Instant before, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select vin from provisioning
                where published_version < wanted_version and wanted_at <= :before
                order by wanted_at
                limit :limit""", String.class)
                .setParameter("before", before)
                .setParameter("limit", limit)
                .getResultList());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
