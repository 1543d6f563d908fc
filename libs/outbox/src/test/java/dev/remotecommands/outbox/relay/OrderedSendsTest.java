package dev.remotecommands.outbox.relay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

class OrderedSendsTest {

    /** Sends the test acknowledges or fails by hand, by row id. */
    private final Map<Long, CompletableFuture<Void>> inFlight = new LinkedHashMap<>();
    private final List<Long> sent = new ArrayList<>();

    private CompletableFuture<Void> send(OutboxRow row) {
        sent.add(row.id());
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        inFlight.put(row.id(), outcome);
        return outcome;
    }

    @Test
    void aKeysNextEventIsSentOnlyOnceThePreviousOneIsAcknowledged() {
        OrderedSends.start(List.of(row(1, "A"), row(2, "A"), row(3, "A")), this::send);
        assertThat(sent).containsExactly(1L);

        acknowledge(1);
        assertThat(sent).containsExactly(1L, 2L);

        acknowledge(2);
        assertThat(sent).containsExactly(1L, 2L, 3L);
    }

    @Test
    void differentKeysAreSentInParallel() {
        OrderedSends.start(List.of(row(1, "A"), row(2, "B"), row(3, "A"), row(4, "C")), this::send);

        assertThat(sent).containsExactly(1L, 2L, 4L);
    }

    @Test
    void aFailureStopsItsKeyButNotTheOthers() {
        OrderedSends sends = OrderedSends.start(List.of(row(1, "A"), row(2, "B"), row(3, "A"), row(4, "B")),
                this::send);

        fail(1);
        acknowledge(2);

        assertThat(sent).as("A's later event waits for a later pass").containsExactly(1L, 2L, 4L);
        acknowledge(4);
        assertThat(sends.done()).isCompleted();
        assertThat(sends.close()).extracting(Publication::rowId).containsExactly(1L, 2L, 4L);
    }

    @Test
    void afterCloseNoFurtherEventIsSent() {
        OrderedSends sends = OrderedSends.start(List.of(row(1, "A"), row(2, "A")), this::send);

        List<Publication> started = sends.close();
        acknowledge(1); // a late acknowledgement must not send row 2 outside the pass

        assertThat(sent).containsExactly(1L);
        assertThat(started).extracting(Publication::rowId).containsExactly(1L);
        assertThat(started.get(0).acknowledged()).isTrue();
    }

    @Test
    void isDoneOnlyWhenEveryKeyFinished() {
        OrderedSends sends = OrderedSends.start(List.of(row(1, "A"), row(2, "B")), this::send);

        acknowledge(1);
        assertThat(sends.done()).isNotDone();

        fail(2);
        assertThat(sends.done()).isCompleted();
    }

    private void acknowledge(long rowId) {
        inFlight.get(rowId).complete(null);
    }

    private void fail(long rowId) {
        inFlight.get(rowId).completeExceptionally(new IllegalStateException("partition has no leader"));
    }

    private static OutboxRow row(long id, String key) {
        return new OutboxRow(id, UUID.randomUUID(), "topic", key, "{}", "type", "source", key, Instant.now());
    }
}
