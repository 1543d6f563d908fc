package dev.remotecommands.outbox.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

class SingleFlightTest {

    /** A task whose runs the test completes by hand. */
    private final List<UniEmitter<? super Boolean>> pendingRuns = new ArrayList<>();
    private final AtomicInteger started = new AtomicInteger();
    private final SingleFlight flight = new SingleFlight(() -> Uni.createFrom().emitter(emitter -> {
        started.incrementAndGet();
        pendingRuns.add(emitter);
    }));

    @Test
    void aRequestStartsOneRun() {
        flight.request();

        assertThat(started).hasValue(1);
        assertThat(flight.isRunning()).isTrue();
    }

    @Test
    void requestsDuringARunAreCoalescedIntoOneMoreRun() {
        flight.request();
        flight.request();
        flight.request();
        flight.request();
        assertThat(started).hasValue(1);

        finishRun(0, false);
        assertThat(started).as("one follow-up run for all requests made meanwhile").hasValue(2);

        finishRun(1, false);
        assertThat(started).hasValue(2);
        assertThat(flight.isRunning()).isFalse();
    }

    @Test
    void aRunThatAsksToGoOnRunsAgainWithoutARequest() {
        flight.request();

        finishRun(0, true);
        assertThat(started).hasValue(2);

        finishRun(1, false);
        assertThat(flight.isRunning()).isFalse();
    }

    @Test
    void aFailedRunReleasesTheFlight() {
        flight.request();
        pendingRuns.get(0).fail(new IllegalStateException("database down"));

        assertThat(flight.isRunning()).isFalse();
        flight.request();
        assertThat(started).hasValue(2);
    }

    @Test
    void aTaskThatThrowsReleasesTheFlight() {
        AtomicInteger calls = new AtomicInteger();
        SingleFlight throwing = new SingleFlight(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("bug");
        });

        throwing.request();
        throwing.request();

        assertThat(calls).hasValue(2);
        assertThat(throwing.isRunning()).isFalse();
    }

    @Test
    void nothingStartsAfterStop() {
        flight.request();
        flight.request();
        flight.stop();

        finishRun(0, true);

        assertThat(started).hasValue(1);
        flight.request();
        assertThat(started).hasValue(1);
    }

    private void finishRun(int index, boolean runAgain) {
        pendingRuns.get(index).complete(runAgain);
    }
}
