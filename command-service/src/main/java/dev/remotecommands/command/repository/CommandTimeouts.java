package dev.remotecommands.command.repository;

import dev.remotecommands.contracts.vehicle.CommandType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The watchdog's one statement: pending commands whose deadline plus grace has passed become TIMED_OUT
 * (cause NO_ANSWER), get their history entry and are announced, in one transaction. {@code skip locked} and
 * the status condition make it safe for several instances, and for an ack arriving at the same moment.
 */
@ApplicationScoped
public class CommandTimeouts {

    private static final String TIME_OUT_OVERDUE = """
            with overdue as (
                select id from command
                where status in ('ACCEPTED', 'WAKING_UP_VEHICLE', 'SENT_TO_VEHICLE') and expires_at < $1
                order by expires_at
                limit $2
                for update skip locked
            ), timed_out as (
                update command c set status = 'TIMED_OUT', failure_cause = 'NO_ANSWER', updated_at = $3
                from overdue
                where c.id = overdue.id and c.status in ('ACCEPTED', 'WAKING_UP_VEHICLE', 'SENT_TO_VEHICLE')
                returning c.id, c.type, c.created_at
            ), recorded as (
                insert into command_history (command_id, status, failure_cause, at)
                select id, 'TIMED_OUT', 'NO_ANSWER', $3 from timed_out
            )
            select t.id, t.type, t.created_at from timed_out t cross join lateral pg_notify($4, t.id::text) announced
            """;

    private final Pool pool;

    public CommandTimeouts(Pool pool) {
        this.pool = pool;
    }

    /** A command the watchdog ended: its latency, from acceptance to now, goes into the latency histogram. */
    public record TimedOut(UUID id, CommandType type, Instant acceptedAt) {
    }

    /** Times out the pending commands whose deadline is before {@code cutoff}. */
    public Uni<List<TimedOut>> timeOutExpiredBefore(Instant cutoff, int batchSize, Instant now, String channel) {
        return pool.withTransaction(connection -> connection.preparedQuery(TIME_OUT_OVERDUE)
                .execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC), batchSize, now.atOffset(ZoneOffset.UTC), channel))
                .map(rows -> {
                    List<TimedOut> timedOut = new ArrayList<>();
                    rows.forEach(row -> timedOut.add(new TimedOut(row.getUUID("id"),
                            CommandType.valueOf(row.getString("type")),
                            row.getOffsetDateTime("created_at").toInstant())));
                    return timedOut;
                }));
    }
}
