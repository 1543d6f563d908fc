package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.enrollment.AccountProfile;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import dev.remotecommands.enrollment.metrics.SafetyCodeMetrics;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.DeviceRepository;
import dev.remotecommands.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.function.Function;

/**
 * The one place where a typed safety code is checked, on a registered device (opening a remote session, changing
 * the code, changing the trusted phone). Failures are counted on the account's locked profile row, so parallel
 * wrong guesses each count, and committed before the refusal goes out. A lock ends every remote session of the
 * account.
 */
@ApplicationScoped
public class SafetyCodeCheck {

    private final AccountProfileRepository profiles;
    private final DeviceRepository devices;
    private final SafetyCodeHasher hasher;
    private final SafetyCodeLockout lockout;
    @Inject
    SafetyCodeMetrics metrics;
    private final RemoteSessionEnder sessions;

    public SafetyCodeCheck(AccountProfileRepository profiles, DeviceRepository devices, SafetyCodeHasher hasher,
            EnrollmentConfig config, RemoteSessionEnder sessions) {
        this.profiles = profiles;
        this.devices = devices;
        this.hasher = hasher;
        this.lockout = new SafetyCodeLockout(config.safetyCode().maxAttempts(), config.safetyCode().lockDurations());
        this.sessions = sessions;
    }

    /**
     * Runs {@code action} in the transaction of a right safety code typed on a registered device of the account.
     * A wrong code (or a locked one) commits its count first, then fails with its problem; a device that is not a
     * registered one of the account fails at once, counting nothing.
     */
    public <T> Uni<T> whenRight(String accountId, String deviceId, String safetyCode, Instant now,
            Function<AccountProfile, Uni<T>> action) {
        return Panache.withTransaction(() -> devices.findOfAccount(accountId, deviceId).chain(device -> {
                    if (device == null || !device.isRegistered()) {
                        return Uni.createFrom().failure(Problems.deviceNotRegistered(deviceId));
                    }
                    // the transaction returns the refusal instead of failing with it, so the count is committed
                    return profiles.lock(accountId).chain(profile -> apply(profile, safetyCode, now)
                            .chain(refusal -> refusal != null ? Uni.createFrom().item(Outcome.<T>refused(refusal))
                                    : action.apply(profile).map(Outcome::done)));
                }))
                .chain(outcome -> outcome.refusal() != null ? Uni.createFrom().failure(outcome.refusal())
                        : Uni.createFrom().item(outcome.value()));
    }

    private record Outcome<T>(T value, ProblemException refusal) {

        static <T> Outcome<T> done(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> refused(ProblemException refusal) {
            return new Outcome<>(null, refusal);
        }
    }

    private Uni<ProblemException> apply(AccountProfile profile, String safetyCode, Instant now) {
        if (!profile.hasSafetyCode()) {
            return Uni.createFrom().item(Problems.safetyCodeStepRequired());
        }
        if (profile.isLockedAt(now)) {
            return Uni.createFrom().item(Problems.safetyCodeLocked(profile.getSafetyLockedUntil(), now));
        }
        if (hasher.matches(profile.getAccountId(), safetyCode, profile.getSafetyCodeHash())) {
            profile.safetyCodeRight();
            return Uni.createFrom().nullItem();
        }
        profile.safetyCodeWrong();
        if (lockout.locks(profile.getSafetyFailedAttempts())) {
            Instant until = lockout.lockedUntil(now, profile.getSafetyLockLevel());
            profile.lockUntil(until);
            metrics.lockedOut();
            return sessions.endAll(profile, SessionsEndReason.SAFETY_CODE_LOCKED)
                    .replaceWith(Problems.safetyCodeLocked(until, now));
        }
        return Uni.createFrom().item(Problems.wrongSafetyCode(lockout.attemptsLeft(profile.getSafetyFailedAttempts())));
    }
}
