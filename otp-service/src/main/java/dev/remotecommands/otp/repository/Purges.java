package dev.remotecommands.otp.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;

/** Deletes what is no longer needed: challenges long expired, local-inbox messages long read. */
@ApplicationScoped
public class Purges {

    private final Pool pool;

    public Purges(Pool pool) {
        this.pool = pool;
    }

    /** Deletes the challenges that expired before {@code cutoff}; returns how many. */
    public Uni<Integer> challengesExpiredBefore(Instant cutoff) {
        return pool.preparedQuery("delete from otp_challenge where expires_at < $1")
                .execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.rowCount());
    }

    /** Deletes the local-inbox messages sent before {@code cutoff}; returns how many. */
    public Uni<Integer> inboxMessagesBefore(Instant cutoff) {
        return pool.preparedQuery("delete from sms_inbox where sent_at < $1")
                .execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.rowCount());
    }
}
