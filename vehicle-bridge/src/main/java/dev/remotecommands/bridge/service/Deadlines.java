package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.Stage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a command's time is up. A command that has not reached the car by {@code expiresAt} has EXPIRED (the car
 * would refuse it anyway); one that reached the car may still be answered until {@code expiresAt + grace}, after
 * which its outcome is unknown: TIMED_OUT.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** A command arriving at or after its expiry never goes to the car. */
    public static boolean expiredOnArrival(Instant expiresAt, Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The verdict for a command in this stage at this time, or empty while it may still proceed. */
    public static Optional<Verdict> overdue(Stage stage, Instant expiresAt, Instant now, Duration answerGrace) {
        if (stage.isUnsent() && !now.isBefore(expiresAt)) {
            return Optional.of(Verdict.NEVER_REACHED);
        }
        if (stage == Stage.SENT && !now.isBefore(expiresAt.plus(answerGrace))) {
            return Optional.of(Verdict.NO_ANSWER);
        }
        return Optional.empty();
    }

    /** Sent commands expiring at or before this instant are overdue at {@code now}. */
    public static Instant sentCutoff(Instant now, Duration answerGrace) {
        return now.minus(answerGrace);
    }
}
