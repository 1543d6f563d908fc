package dev.remotecommands.outbox.inbox;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The platform's one retry policy for a message handling that failed for a passing reason (database down...): run
 * it again after {@link #FIRST_WAIT}, the wait doubling (with jitter) up to {@link #LONGEST_WAIT}, each failure
 * logged. The handling must be safe to run again.
 */
public final class HandlingRetries {

    public static final Duration FIRST_WAIT = Duration.ofMillis(200);
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    /** Retries of {@link #retry}: about 30 s in all, then the failure goes on (a record to its dead-letter topic). */
    public static final int RETRIES = 10;

    private static final Logger LOG = Logger.getLogger(HandlingRetries.class);

    private HandlingRetries() {
    }

    /** The handling, run again on any failure, at most {@link #RETRIES} times. */
    public static <T> Uni<T> retry(Uni<T> handling, String what) {
        return logged(handling, failure -> true, what)
                .onFailure().retry().withBackOff(FIRST_WAIT, LONGEST_WAIT).atMost(RETRIES);
    }

    /** The handling, run again on the failures that {@code passing} accepts, for at most {@code window} from now. */
    public static <T> Uni<T> retryWithin(Uni<T> handling, Predicate<Throwable> passing, Duration window,
            String what) {
        return logged(handling, passing, what)
                .onFailure(passing).retry().withBackOff(FIRST_WAIT, LONGEST_WAIT).expireIn(window.toMillis());
    }

    private static <T> Uni<T> logged(Uni<T> handling, Predicate<Throwable> passing, String what) {
        return handling.onFailure(passing).invoke(failure ->
                LOG.warnf("handling %s failed, retrying: %s", what, failure.getMessage()));
    }
}
