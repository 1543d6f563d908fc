package dev.remotecommands.outbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

class EventReaderTest {

    /** An event whose constructor rejects what no handler could use, as the contracts' events do. */
    record ParcelShipped(String parcelId, int weightGrams) {
        ParcelShipped {
            if (parcelId == null || parcelId.isBlank()) {
                throw new IllegalArgumentException("parcelId is required");
            }
            if (weightGrams <= 0) {
                throw new IllegalArgumentException("weightGrams must be positive");
            }
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final EventReader events = new EventReader(new ObjectMapper());
    private final List<ParcelShipped> handled = new ArrayList<>();

    @Test
    void aReadableRecordIsHandledOnce() {
        events.handle("{\"parcelId\":\"p-1\",\"weightGrams\":250}", ParcelShipped.class, this::record)
                .await().atMost(WAIT);

        assertThat(handled).containsExactly(new ParcelShipped("p-1", 250));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "null", "{not json", "[1,2]", "\"a string\"",
            "{\"weightGrams\":250}", "{\"parcelId\":\"p-1\",\"weightGrams\":0}",
            "{\"parcelId\":\"p-1\",\"weightGrams\":\"heavy\"}" })
    void anUnreadableRecordFailsAtOnceWithoutReachingTheHandler(String payload) {
        AtomicInteger calls = new AtomicInteger();

        Uni<Void> handling = events.handle(payload, ParcelShipped.class, event -> {
            calls.incrementAndGet();
            return Uni.createFrom().voidItem();
        });

        assertThatThrownBy(() -> handling.await().atMost(WAIT)).isInstanceOf(UnreadableEventException.class);
        assertThat(calls).hasValue(0);
    }

    @Test
    void parseSaysWhatIsWrong() {
        assertThatThrownBy(() -> events.parse(" ", ParcelShipped.class)).hasMessage("empty payload");
        assertThatThrownBy(() -> events.parse("null", ParcelShipped.class)).hasMessage("payload is JSON null");
        assertThatThrownBy(() -> events.parse("{\"parcelId\":\"p-1\",\"weightGrams\":-1}", ParcelShipped.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("weightGrams must be positive");
    }

    @Test
    void aFailedHandlingIsRetriedUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        events.handle("{\"parcelId\":\"p-2\",\"weightGrams\":1}", ParcelShipped.class, event -> {
            int attempt = attempts.incrementAndGet();
            if (attempt == 1) {
                throw new IllegalStateException("thrown before any Uni: retried too");
            }
            if (attempt == 2) {
                return Uni.createFrom().failure(new IllegalStateException("database down"));
            }
            return record(event);
        }).await().atMost(WAIT);

        assertThat(attempts).hasValue(3);
        assertThat(handled).containsExactly(new ParcelShipped("p-2", 1));
    }

    private Uni<Void> record(ParcelShipped event) {
        handled.add(event);
        return Uni.createFrom().voidItem();
    }
}
