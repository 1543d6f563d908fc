package dev.remotecommands.command.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

class RateLimitTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private final RateLimit threePerMinute = new RateLimit(3, Duration.ofMinutes(1));

    @Test
    void theWindowEndsNow() {
        assertThat(threePerMinute.windowStart(NOW)).isEqualTo(NOW.minusSeconds(60));
    }

    @Test
    void fitsWhileFewerThanTheMaximumWereAccepted() {
        assertThat(threePerMinute.waitBeforeNext(List.of(), NOW)).isEmpty();
        assertThat(threePerMinute.waitBeforeNext(List.of(NOW.minusSeconds(50), NOW.minusSeconds(1)), NOW)).isEmpty();
    }

    @Test
    void whenFullWaitsUntilTheOldestLeavesTheWindow() {
        List<Instant> accepted = List.of(NOW.minusSeconds(45), NOW.minusSeconds(20), NOW.minusSeconds(5));
        // the oldest was accepted 45 s ago: it leaves the one-minute window in 15 s
        assertThat(threePerMinute.waitBeforeNext(accepted, NOW)).contains(Duration.ofSeconds(15));
    }

    @Test
    void overTheMaximumWaitsForEnoughOfTheOldestToLeave() {
        // a lowered limit can leave more in the window than it allows: one more fits once only one is left,
        // that is when the second oldest (40 s ago) leaves, in 20 s
        RateLimit two = new RateLimit(2, Duration.ofMinutes(1));
        List<Instant> accepted = List.of(NOW.minusSeconds(50), NOW.minusSeconds(40), NOW.minusSeconds(30));
        assertThat(two.waitBeforeNext(accepted, NOW)).contains(Duration.ofSeconds(20));
    }

    @Test
    void tenPerTenMinutes() {
        RateLimit lock = new RateLimit(10, Duration.ofMinutes(10));
        List<Instant> accepted = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> NOW.minus(Duration.ofMinutes(9)).plusSeconds(i * 30L)).toList();
        assertThat(lock.waitBeforeNext(accepted, NOW)).contains(Duration.ofMinutes(1));
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndNeverZero() {
        assertThat(RateLimit.retryAfterSeconds(Duration.ofMillis(14_001))).isEqualTo(15);
        assertThat(RateLimit.retryAfterSeconds(Duration.ofSeconds(15))).isEqualTo(15);
        assertThat(RateLimit.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(RateLimit.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void aLimitNeedsARequestAndAWindow() {
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
