package dev.remotecommands.command.repository;

import dev.remotecommands.contracts.events.RemoteSessionsEnded;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Per account, the "sessions valid from" stamp projected from {@code RemoteSessionsEnded} (table
 * {@code remote_session_floor}). Only a later stamp replaces the stored one, so replayed and out-of-order events
 * change nothing. Runs in the caller's Panache session.
 */
@ApplicationScoped
public class RemoteSessionFloorRepository {

    private static final String UPSERT_LATER = """
            insert into remote_session_floor (account_id, valid_from, reason, changed_at)
            values (:account, :validFrom, :reason, :at)
            on conflict (account_id) do update
                set valid_from = excluded.valid_from, reason = excluded.reason, changed_at = excluded.changed_at
                where remote_session_floor.valid_from < excluded.valid_from
            """;

    /** Returns how many rows changed (0: an older or repeated event). */
    public Uni<Integer> record(RemoteSessionsEnded ended) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT_LATER)
                .setParameter("account", ended.accountId())
                .setParameter("validFrom", ended.validFrom())
                .setParameter("reason", ended.reason().name())
                .setParameter("at", ended.at())
                .executeUpdate());
    }

    /** The account's stamp, or {@code null} when none of its sessions was ever ended. */
    public Uni<Floor> of(String accountId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select valid_from, reason from remote_session_floor where account_id = :account""",
                        Object[].class)
                .setParameter("account", accountId)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : new Floor(instant(rows.get(0)[0]), (String) rows.get(0)[1]));
    }

    private static Instant instant(Object column) {
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof java.time.LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) column;
    }

    /** Sessions issued before {@code validFrom} have ended, for {@code reason}. */
    public record Floor(Instant validFrom, String reason) {
    }
}
