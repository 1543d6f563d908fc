package dev.remotecommands.outbox.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * Reads event payloads (JSON text) and runs their handling with the same failure rules for every consumer:
 * an unreadable record fails at once, so the connector sends it to the dead-letter topic and goes on; a
 * failure of the handling itself (database down...) is retried ({@link HandlingRetries#retry}) before it gives up,
 * so the handler must be safe to run again (idempotent on the event's id).
 * <p>
 * In an {@code @Incoming} method that takes the record's value as a String:
 * {@code return events.handle(payload, CommandAcked.class, outcomes::record);}
 */
@ApplicationScoped
public class EventReader {

    private static final Logger LOG = Logger.getLogger(EventReader.class);

    private final ObjectMapper objectMapper;

    public EventReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public <T> Uni<Void> handle(String payload, Class<T> type, Function<T, Uni<Void>> handler) {
        T event;
        try {
            event = parse(payload, type);
        } catch (UnreadableEventException e) {
            LOG.warnf("sending an unreadable %s record to the dead-letter topic: %s", type.getSimpleName(),
                    e.getMessage());
            return Uni.createFrom().failure(e);
        }
        return HandlingRetries.retry(Uni.createFrom().deferred(() -> handler.apply(event)), type.getSimpleName());
    }

    <T> T parse(String payload, Class<T> type) {
        if (payload == null || payload.isBlank()) {
            throw new UnreadableEventException("empty payload", null);
        }
        try {
            T event = objectMapper.readValue(payload, type);
            if (event == null) {
                throw new UnreadableEventException("payload is JSON null", null);
            }
            return event;
        } catch (JsonProcessingException e) {
            // also what the events' constructors throw for a missing field or an invalid value (a malformed VIN...)
            throw new UnreadableEventException(e.getOriginalMessage(), e);
        }
    }
}
