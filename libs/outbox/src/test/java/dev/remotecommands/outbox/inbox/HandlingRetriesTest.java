package dev.remotecommands.outbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

class HandlingRetriesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aHandlingThatFailsForAWhileIsRunAgainUntilItSucceeds() {
        assertSucceedsAtTheThirdAttempt(HandlingRetries.retry(failingTwice(), "parcel p-1"));
    }

    @Test
    void withinAWindowOnlyPassingFailuresAreRetried() {
        Uni<String> unreadable = Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(new IllegalArgumentException("not JSON"));
        });

        assertThatThrownBy(() -> HandlingRetries.retryWithin(unreadable,
                failure -> !(failure instanceof IllegalArgumentException), Duration.ofMinutes(1), "garbage")
                .await().atMost(WAIT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void withinAWindowAPassingFailureIsRetriedUntilItSucceeds() {
        assertSucceedsAtTheThirdAttempt(HandlingRetries.retryWithin(failingTwice(), failure -> true,
                Duration.ofMinutes(1), "parcel p-2"));
    }

    @Test
    void aFailureLastingLongerThanTheWindowIsGivenUp() {
        Uni<String> databaseDown = Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("database down"));
        });

        assertThatThrownBy(() -> HandlingRetries.retryWithin(databaseDown, failure -> true, Duration.ofSeconds(1),
                "parcel p-3").await().atMost(WAIT)).hasStackTraceContaining("database down");
        assertThat(attempts).hasValueBetween(2, 5);
    }

    private void assertSucceedsAtTheThirdAttempt(Uni<String> retried) {
        assertThat(retried.await().atMost(WAIT)).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    private Uni<String> failingTwice() {
        return Uni.createFrom().deferred(() -> attempts.incrementAndGet() <= 2
                ? Uni.createFrom().failure(new IllegalStateException("database down"))
                : Uni.createFrom().item("done"));
    }
}
