package dev.remotecommands.command.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The delivery queue and its dead letters (V3__webhooks.sql), through the reactive pool directly: the worker never
 * shares a Hibernate session or transaction with the command path. A command's changes go out one after the other,
 * in order: a delivery is due only when no earlier one of the same command is still queued (being retried).
 */
@ApplicationScoped
public class WebhookDeliveries {

    /** A parked delivery, as an operator sees it. */
    @Schema(example = "{\"eventId\": \"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\", \"clientId\": \"bff\","
            + " \"commandId\": \"7c9e6679-7425-40de-944b-e07fc1f90ae7\", \"sequence\": 3,"
            + " \"status\": \"SUCCEEDED\", \"lastError\": \"HTTP 503 from https://bff.example.com/hooks/commands\","
            + " \"at\": \"2026-03-02T08:15:04Z\", \"parkedAt\": \"2026-03-02T08:25:04Z\"}")
    public record DeadLetter(UUID eventId, String clientId, UUID commandId, long sequence, CommandStatus status,
            String lastError, java.time.Instant at, java.time.Instant parkedAt) {
    }

    private static final String CLAIM = """
            with due as (
                select event_id from webhook_delivery d
                where (leased_until is null or leased_until < now())
                  and not exists (select 1 from webhook_delivery e
                                  where e.command_id = d.command_id and e.client_id = d.client_id
                                    and e.sequence < d.sequence)
                order by sequence limit $1 for update skip locked)
            update webhook_delivery d set leased_until = now() + make_interval(secs => $2)
            from due, command c, webhook w
            where d.event_id = due.event_id and c.id = d.command_id and w.client_id = d.client_id
            returning d.event_id, d.client_id, d.command_id, d.sequence, d.status, d.failure_cause, d.at,
                      c.vin, c.type, w.url, w.secret""";

    private final Pool pool;
    private final ObjectMapper json;

    public WebhookDeliveries(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Leases up to {@code limit} due deliveries for {@code lease}, so that no other worker sends them meanwhile. */
    public Uni<List<Delivery>> claim(int limit, Duration lease) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(limit, (double) lease.toMillis() / 1000))
                .map(rows -> {
                    List<Delivery> claimed = new ArrayList<>();
                    rows.forEach(row -> claimed.add(deliveryOf(row)));
                    return claimed;
                });
    }

    public Uni<Void> delivered(UUID eventId) {
        return pool.preparedQuery("delete from webhook_delivery where event_id = $1").execute(Tuple.of(eventId))
                .replaceWithVoid();
    }

    /** Moves the delivery to the dead letters, in one statement. */
    public Uni<Void> park(UUID eventId, String lastError) {
        return pool.preparedQuery("""
                with gone as (delete from webhook_delivery where event_id = $1 returning *)
                insert into webhook_dead_letter (event_id, client_id, command_id, sequence, status, failure_cause, at,
                                                 last_error, parked_at)
                select event_id, client_id, command_id, sequence, status, failure_cause, at, $2, now() from gone
                on conflict (event_id) do update set last_error = excluded.last_error, parked_at = excluded.parked_at""")
                .execute(Tuple.of(eventId, lastError)).replaceWithVoid();
    }

    public Uni<List<DeadLetter>> deadLetters(int limit) {
        return pool.preparedQuery("""
                select event_id, client_id, command_id, sequence, status, last_error, at, parked_at
                from webhook_dead_letter order by parked_at desc limit $1""").execute(Tuple.of(limit))
                .map(rows -> {
                    List<DeadLetter> letters = new ArrayList<>();
                    rows.forEach(row -> letters.add(new DeadLetter(row.getUUID("event_id"),
                            row.getString("client_id"), row.getUUID("command_id"), row.getLong("sequence"),
                            CommandStatus.valueOf(row.getString("status")), row.getString("last_error"),
                            row.getOffsetDateTime("at").toInstant(), row.getOffsetDateTime("parked_at").toInstant())));
                    return letters;
                });
    }

    /**
     * Puts a dead letter back in the queue under the same event id; false when there is no such dead letter, or its
     * client has no webhook any more.
     */
    public Uni<Boolean> resend(UUID eventId) {
        return pool.preparedQuery("""
                with back as (delete from webhook_dead_letter l where event_id = $1
                              and exists (select 1 from webhook w where w.client_id = l.client_id) returning *)
                insert into webhook_delivery (event_id, client_id, command_id, sequence, status, failure_cause, at)
                select event_id, client_id, command_id, sequence, status, failure_cause, at from back""")
                .execute(Tuple.of(eventId)).map(rows -> rows.rowCount() == 1);
    }

    private Delivery deliveryOf(Row row) {
        String cause = row.getString("failure_cause");
        WebhookEvent event = WebhookEvent.of(row.getUUID("event_id"), row.getUUID("command_id"),
                row.getString("vin"), row.getString("type"), CommandStatus.valueOf(row.getString("status")),
                cause == null ? null : FailureCause.valueOf(cause), row.getLong("sequence"),
                row.getOffsetDateTime("at").toInstant());
        try {
            return new Delivery(event.eventId(), row.getString("client_id"), row.getString("url"),
                    row.getString("secret"), json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook event always serialises", e);
        }
    }
}
