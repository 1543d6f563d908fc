package dev.remotecommands.outbox.relay;

import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.util.UUID;

/** One unpublished event as stored in the {@code outbox} table. */
public record OutboxRow(long id, UUID eventId, String topic, String key, String payload, String ceType,
        String ceSource, String ceSubject, Instant ceTime) {

    /** The columns {@link #from(Row)} reads, in the order of the select. */
    static final String COLUMNS = "id, event_id, topic, record_key, payload, ce_type, ce_source, ce_subject, ce_time";

    static OutboxRow from(Row row) {
        return new OutboxRow(
                row.getLong("id"),
                row.getUUID("event_id"),
                row.getString("topic"),
                row.getString("record_key"),
                row.getString("payload"),
                row.getString("ce_type"),
                row.getString("ce_source"),
                row.getString("ce_subject"),
                row.getOffsetDateTime("ce_time").toInstant());
    }
}
