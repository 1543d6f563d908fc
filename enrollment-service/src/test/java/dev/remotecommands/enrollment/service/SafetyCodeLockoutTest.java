package dev.remotecommands.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

class SafetyCodeLockoutTest {

    private final SafetyCodeLockout lockout = new SafetyCodeLockout(3, List.of(Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24)));

    @Test
    void theThirdWrongCodeInARowLocks() {
        assertThat(lockout.locks(2)).isFalse();
        assertThat(lockout.attemptsLeft(2)).isEqualTo(1);
        assertThat(lockout.locks(3)).isTrue();
    }

    @Test
    void eachLockLastsLongerAndTheLastDurationRepeats() {
        assertThat(List.of(0, 1, 2, 3, 4, 9).stream().map(lockout::lockDuration)).containsExactly(
                Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24),
                Duration.ofHours(24), Duration.ofHours(24));
    }
}
