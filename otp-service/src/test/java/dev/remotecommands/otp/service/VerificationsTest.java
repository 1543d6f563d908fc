package dev.remotecommands.otp.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.otp.OtpVerificationOutcome;
import dev.remotecommands.otp.repository.AttemptRepository.ChallengeState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

/** The outcome of a check that could take no attempt. */
class VerificationsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void noChallengeIsUnknown() {
        assertThat(Verifications.withoutAttempt(Optional.empty(), NOW).outcome())
                .isEqualTo(OtpVerificationOutcome.UNKNOWN);
    }

    @Test
    void aUsedOrExhaustedOrCodelessChallengeIsExhausted() {
        Instant later = NOW.plusSeconds(60);
        assertThat(outcome(new ChallengeState(0, true, later, true))).isEqualTo(OtpVerificationOutcome.EXHAUSTED);
        assertThat(outcome(new ChallengeState(0, false, later, true))).isEqualTo(OtpVerificationOutcome.EXHAUSTED);
        assertThat(outcome(new ChallengeState(0, false, later, false))).isEqualTo(OtpVerificationOutcome.EXHAUSTED);
    }

    @Test
    void aLiveButExpiredChallengeIsExpired() {
        assertThat(outcome(new ChallengeState(3, false, NOW, true))).isEqualTo(OtpVerificationOutcome.EXPIRED);
        assertThat(Verifications.withoutAttempt(Optional.of(new ChallengeState(3, false, NOW, true)), NOW)
                .attemptsLeft()).isZero();
    }

    private static OtpVerificationOutcome outcome(ChallengeState state) {
        return Verifications.withoutAttempt(Optional.of(state), NOW).outcome();
    }
}
