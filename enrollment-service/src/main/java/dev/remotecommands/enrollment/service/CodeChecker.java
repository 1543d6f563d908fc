package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.otp.OtpVerification;
import dev.remotecommands.enrollment.CodeRequest;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/** Checks a typed code against otp-service and turns every outcome but VALID into the problem the app shows. */
@ApplicationScoped
public class CodeChecker {

    private static final Logger LOG = Logger.getLogger(CodeChecker.class);

    private final OtpVerifier verifier;
    private final Duration retryAfter;
    private final Clock clock;

    public CodeChecker(OtpVerifier verifier, EnrollmentConfig config, Clock clock) {
        this.verifier = verifier;
        this.retryAfter = config.otpService().retryAfter();
        this.clock = clock;
    }

    /** Completes when the code is right; fails with a problem otherwise. */
    public Uni<Void> check(CodeRequest request, String code) {
        if (!clock.instant().isBefore(request.getExpiresAt())) {
            return Uni.createFrom().failure(Problems.codeExpired());
        }
        return verifier.verify(request.getRequestId(), code)
                .onFailure().transform(e -> {
                    LOG.warnf("otp-service did not answer the check of %s: %s", request.getRequestId(), e.toString());
                    return Problems.otpServiceUnavailable(retryAfter);
                })
                .chain(result -> outcome(result) == null ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(outcome(result)));
    }

    private static ProblemException outcome(OtpVerification.Result result) {
        if (result == null || result.outcome() == null) {
            return Problems.codeNotSentYet();
        }
        return switch (result.outcome()) {
            case VALID -> null;
            case WRONG -> Problems.wrongCode(Math.max(0, result.attemptsLeft()));
            case EXPIRED -> Problems.codeExpired();
            case EXHAUSTED -> Problems.codeExhausted();
            case UNKNOWN -> Problems.codeNotSentYet();
        };
    }
}
