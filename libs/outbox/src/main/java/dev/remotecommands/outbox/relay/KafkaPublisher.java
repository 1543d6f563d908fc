package dev.remotecommands.outbox.relay;

import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.CloudEventHeaders;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Hands outbox rows to the Kafka sink of channel {@link Channels#OUTBOX_OUT}: topic and key per record,
 * CloudEvents attributes in binary mode (headers), the JSON payload as the value.
 */
@ApplicationScoped
public class KafkaPublisher {

    private final Emitter<String> emitter;

    public KafkaPublisher(@Channel(Channels.OUTBOX_OUT) Emitter<String> emitter) {
        this.emitter = emitter;
    }

    /**
     * Sends one row. The returned future completes once the broker acknowledged the record
     * ({@code acks=all}) and completes exceptionally when the sink gave up on it.
     */
    public CompletableFuture<Void> publish(OutboxRow row) {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        Message<String> message = Message.of(row.payload(), Metadata.of(kafkaMetadata(row)),
                () -> settle(outcome, null),
                failure -> settle(outcome, failure));
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // e.g. the channel was cancelled or its buffer is full: the row simply stays in the outbox
            outcome.completeExceptionally(e);
        }
        return outcome;
    }

    private static CompletionStage<Void> settle(CompletableFuture<Void> outcome, Throwable failure) {
        if (failure == null) {
            outcome.complete(null);
        } else {
            outcome.completeExceptionally(failure);
        }
        return CompletableFuture.completedFuture(null);
    }

    private static OutgoingKafkaRecordMetadata<String> kafkaMetadata(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, row.ceType());
        header(headers, CloudEventHeaders.SOURCE, row.ceSource());
        header(headers, CloudEventHeaders.SUBJECT, row.ceSubject());
        header(headers, CloudEventHeaders.TIME, row.ceTime().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic())
                .withKey(row.key())
                .withHeaders(headers)
                .build();
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
