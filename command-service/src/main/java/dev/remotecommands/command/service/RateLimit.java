package dev.remotecommands.command.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code maxRequests} accepted commands within any sliding {@code window}. Pure arithmetic: the
 * caller counts from the database, so the limit holds across instances.
 */
public record RateLimit(int maxRequests, Duration window) {

    public RateLimit {
        if (maxRequests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one request in a positive window");
        }
    }

    /** Start of the window that ends now: commands accepted after it count. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * How long the caller must wait before one more command fits, or empty if it fits now.
     *
     * @param acceptedInWindow when the commands of the window were accepted, oldest first
     */
    public Optional<Duration> waitBeforeNext(List<Instant> acceptedInWindow, Instant now) {
        int excess = acceptedInWindow.size() - maxRequests;
        if (excess < 0) {
            return Optional.empty();
        }
        // One more fits once enough of the oldest have left the window.
        Instant freedAt = acceptedInWindow.get(excess).plus(window);
        Duration wait = Duration.between(now, freedAt);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    /** A Retry-After value in whole seconds, rounded up and never zero. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
