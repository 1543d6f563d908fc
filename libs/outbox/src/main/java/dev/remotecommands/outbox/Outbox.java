package dev.remotecommands.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.CloudEventHeaders;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The transactional outbox: events added here are written in the caller's database transaction and
 * relayed to Kafka after it commits (see {@code OutboxRelay}).
 */
@ApplicationScoped
public class Outbox {

    /** The channel the relay LISTENs on; a NOTIFY is delivered only when the enqueuing transaction commits. */
    public static final String NOTIFY_CHANNEL = "outbox";

    // One round trip: insert the row and announce it. pg_notify runs inside the caller's transaction.
    private static final String INSERT_AND_NOTIFY = """
            with inserted as (
              insert into outbox (event_id, topic, record_key, payload, ce_type, ce_source, ce_subject, ce_time)
              values (:eventId, :topic, :recordKey, :payload, :ceType, :ceSource, :ceSubject, :ceTime)
              returning id)
            select inserted.id from inserted, pg_notify('%s', '')
            """.formatted(NOTIFY_CHANNEL);

    private final ObjectMapper objectMapper;
    private final OutboxConfig config;

    public Outbox(ObjectMapper objectMapper, OutboxConfig config) {
        this.objectMapper = objectMapper;
        this.config = config;
    }

    /**
     * Adds an event to the outbox inside the caller's current Hibernate Reactive transaction
     * (the Panache session of a @WithTransaction method or Panache.withTransaction); it reaches Kafka
     * after commit, never if the transaction rolls back.
     */
    public Uni<Void> enqueue(String topic, String key, Object event) {
        return Uni.createFrom().item(() -> newRow(topic, key, event))
                .flatMap(row -> Panache.getSession().flatMap(session -> insert(session, row)));
    }

    private Uni<Void> insert(Mutiny.Session session, NewRow row) {
        if (session.currentTransaction() == null) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "Outbox.enqueue must run inside a transaction (a @WithTransaction method or "
                            + "Panache.withTransaction), otherwise the event could outlive a rolled-back change"));
        }
        return session.createNativeQuery(INSERT_AND_NOTIFY, Long.class)
                .setParameter("eventId", row.eventId())
                .setParameter("topic", row.topic())
                .setParameter("recordKey", row.key())
                .setParameter("payload", row.payload())
                .setParameter("ceType", CloudEventHeaders.typeOf(row.topic()))
                .setParameter("ceSource", config.source())
                .setParameter("ceSubject", row.key())
                .setParameter("ceTime", row.time())
                .getSingleResult()
                .replaceWithVoid();
    }

    private NewRow newRow(String topic, String key, Object event) {
        requireText(topic, "topic");
        requireText(key, "key");
        Objects.requireNonNull(event, "event must not be null");
        try {
            // Microseconds: what PostgreSQL keeps, so ce_time is the same before and after the round trip.
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return new NewRow(UUID.randomUUID(), topic, key, objectMapper.writeValueAsString(event), now);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event " + event.getClass().getName() + " for topic " + topic + " cannot be written as JSON", e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private record NewRow(UUID eventId, String topic, String key, String payload, Instant time) {
    }
}
