package dev.remotecommands.enrollment.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The safety-code lockout rule: {@code maxAttempts} wrong codes in a row lock it, each lock longer than the one
 * before (the last duration repeats). A right code resets the count, not the escalation level: only a reset through
 * an SMS code does that.
 */
public record SafetyCodeLockout(int maxAttempts, List<Duration> lockDurations) {

    public SafetyCodeLockout {
        if (maxAttempts < 1 || lockDurations.isEmpty()) {
            throw new IllegalArgumentException("at least one attempt and one lock duration");
        }
        lockDurations = List.copyOf(lockDurations);
    }

    /** How long the lock that follows {@code level} earlier locks lasts. */
    public Duration lockDuration(int level) {
        return lockDurations.get(Math.min(level, lockDurations.size() - 1));
    }

    /** Whether this failure (the {@code failedInARow}-th wrong code in a row) locks the code. */
    public boolean locks(int failedInARow) {
        return failedInARow >= maxAttempts;
    }

    public int attemptsLeft(int failedInARow) {
        return Math.max(0, maxAttempts - failedInARow);
    }

    public Instant lockedUntil(Instant now, int level) {
        return now.plus(lockDuration(level));
    }
}
