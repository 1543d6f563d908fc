package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.config.EnrollmentConfig;
<<<<<<< HEAD
import dev.remotecommands.enrollment.metrics.SafetyCodeMetrics;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.DeviceRepository;
import dev.remotecommands.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
=======
>>>>>>> h13a
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Opens 7-day remote sessions for the right safety code ({@link SafetyCodeCheck}: failures are committed before the
 * wrong-code answer goes out). A session is never issued before the account's last end of sessions.
 */
@ApplicationScoped
public class RemoteSessionService {

    private final SafetyCodeCheck check;
    private final RemoteSessionSigner signer;
    private final Duration lifetime;
    private final Clock clock;
    @Inject
    SafetyCodeMetrics metrics;

    public RemoteSessionService(SafetyCodeCheck check, RemoteSessionSigner signer, EnrollmentConfig config,
            Clock clock) {
        this.check = check;
        this.signer = signer;
        this.lifetime = config.remoteSession().lifetime();
        this.clock = clock;
    }

    public Uni<RemoteSessionView> open(String accountId, String deviceId, String safetyCode) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
<<<<<<< HEAD
        // The transaction returns the problem instead of failing with it, so the failure count is committed.
        return Panache.withTransaction(() -> devices.findOfAccount(accountId, deviceId).chain(device -> {
                    if (device == null || !device.isRegistered()) {
                        return Uni.createFrom().failure(Problems.deviceNotRegistered(deviceId));
                    }
                    return profiles.lock(accountId).map(profile -> attempt(profile, safetyCode, now));
                }))
                .chain(refusal -> refusal != null ? Uni.createFrom().failure(refusal)
                        : Uni.createFrom().item(() -> {
                            Instant expiresAt = now.plus(lifetime);
                            return new RemoteSessionView(signer.sign(accountId, deviceId, now, expiresAt), expiresAt);
                        }));
    }

    /** Applies one attempt to the profile; the problem to answer with, or {@code null} for the right code. */
    private ProblemException attempt(AccountProfile profile, String safetyCode, Instant now) {
        if (!profile.hasSafetyCode()) {
            return Problems.safetyCodeStepRequired();
        }
        if (profile.isLockedAt(now)) {
            return Problems.safetyCodeLocked(profile.getSafetyLockedUntil(), now);
        }
        if (hasher.matches(profile.getAccountId(), safetyCode, profile.getSafetyCodeHash())) {
            profile.safetyCodeRight();
            return null;
        }
        profile.safetyCodeWrong();
        if (lockout.locks(profile.getSafetyFailedAttempts())) {
            Instant until = lockout.lockedUntil(now, profile.getSafetyLockLevel());
            profile.lockUntil(until);
            metrics.lockedOut();
            return Problems.safetyCodeLocked(until, now);
        }
        return Problems.wrongSafetyCode(lockout.attemptsLeft(profile.getSafetyFailedAttempts()));
=======
        return check.whenRight(accountId, deviceId, safetyCode, now, Uni.createFrom()::item)
                .map(profile -> {
                    Instant issuedAt = profile.sessionIssuedAt(now);
                    Instant expiresAt = issuedAt.plus(lifetime);
                    return new RemoteSessionView(signer.sign(accountId, deviceId, issuedAt, expiresAt), expiresAt);
                });
>>>>>>> h13a
    }
}
