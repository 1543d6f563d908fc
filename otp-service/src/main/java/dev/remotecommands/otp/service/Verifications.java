package dev.remotecommands.otp.service;

import dev.remotecommands.contracts.otp.OtpVerification;
import dev.remotecommands.contracts.otp.OtpVerificationOutcome;
import dev.remotecommands.otp.repository.AttemptRepository;
import dev.remotecommands.otp.repository.AttemptRepository.ChallengeState;
import dev.remotecommands.otp.repository.AttemptRepository.TakenAttempt;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a typed code. Each check first takes an attempt (atomically, so parallel guesses never exceed
 * {@code otp.max-attempts}), then compares MACs in constant time; a right code uses the challenge up.
 */
@ApplicationScoped
public class Verifications {

    private final AttemptRepository attempts;
    private final CodeMac mac;
    private final Clock clock;

    public Verifications(AttemptRepository attempts, CodeMac mac, Clock clock) {
        this.attempts = attempts;
        this.mac = mac;
        this.clock = clock;
    }

    public Uni<OtpVerification.Result> verify(UUID requestId, String code) {
        Instant now = clock.instant();
        return attempts.takeAttempt(requestId, now)
                .chain(taken -> taken.isPresent()
                        ? judge(requestId, code, taken.get(), now)
                        : attempts.state(requestId).map(state -> withoutAttempt(state, now)));
    }

    private Uni<OtpVerification.Result> judge(UUID requestId, String code, TakenAttempt taken, Instant now) {
        if (!mac.matches(requestId, code, taken.codeMac())) {
            return Uni.createFrom().item(result(OtpVerificationOutcome.WRONG, taken.attemptsLeft()));
        }
        // a parallel check of the right code may have used it first: then this one finds it used up
        return attempts.useUp(requestId, now)
                .map(usedHere -> result(usedHere ? OtpVerificationOutcome.VALID : OtpVerificationOutcome.EXHAUSTED,
                        0));
    }

    /** The outcome of a check that could take no attempt. */
    static OtpVerification.Result withoutAttempt(Optional<ChallengeState> state, Instant now) {
        if (state.isEmpty()) {
            return result(OtpVerificationOutcome.UNKNOWN, 0);
        }
        ChallengeState challenge = state.get();
        if (challenge.used() || challenge.attemptsLeft() <= 0 || !challenge.hasCode()) {
            return result(OtpVerificationOutcome.EXHAUSTED, 0);
        }
        if (!challenge.expiresAt().isAfter(now)) {
            return result(OtpVerificationOutcome.EXPIRED, 0);
        }
        // only reachable if the challenge changed between the two statements; asking again is the honest answer
        return result(OtpVerificationOutcome.EXHAUSTED, 0);
    }

    private static OtpVerification.Result result(OtpVerificationOutcome outcome, int attemptsLeft) {
        return new OtpVerification.Result(outcome, attemptsLeft);
    }
}
