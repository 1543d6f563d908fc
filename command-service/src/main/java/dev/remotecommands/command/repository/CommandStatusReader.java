package dev.remotecommands.command.repository;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a command's status changes for the event streams. It uses the plain reactive pool rather than a
 * Hibernate session because streams re-read from timers and notifications, outside any request.
 */
@ApplicationScoped
public class CommandStatusReader {

    /** One status change: {@code sequence} orders the changes of all commands. */
    public record StatusChange(long sequence, UUID commandId, CommandStatus status, FailureCause failureCause,
            Instant at) {
    }

    private static final String COLUMNS = "select id, command_id, status, failure_cause, at from command_history ";

    private final Pool pool;

    public CommandStatusReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<StatusChange>> latest(UUID commandId) {
        return pool.preparedQuery(COLUMNS + "where command_id = $1 order by id desc limit 1")
                .execute(Tuple.of(commandId))
                .map(rows -> {
                    var iterator = rows.iterator();
                    return iterator.hasNext() ? Optional.of(toChange(iterator.next())) : Optional.empty();
                });
    }

    public Uni<List<StatusChange>> after(UUID commandId, long sequence) {
        return pool.preparedQuery(COLUMNS + "where command_id = $1 and id > $2 order by id")
                .execute(Tuple.of(commandId, sequence))
                .map(rows -> {
                    List<StatusChange> changes = new ArrayList<>();
                    rows.forEach(row -> changes.add(toChange(row)));
                    return changes;
                });
    }

    private static StatusChange toChange(Row row) {
        String cause = row.getString("failure_cause");
        OffsetDateTime at = row.getOffsetDateTime("at");
        return new StatusChange(row.getLong("id"), row.getUUID("command_id"),
                CommandStatus.valueOf(row.getString("status")), cause == null ? null : FailureCause.valueOf(cause),
                at.toInstant());
    }
}
