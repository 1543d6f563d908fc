package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.AccountProfile;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.DeviceRepository;
import dev.remotecommands.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Opens 7-day remote sessions for the right safety code. Failures are counted on the account's locked profile row,
 * so parallel wrong guesses each count; the count is committed before the wrong-code answer goes out.
 */
@ApplicationScoped
public class RemoteSessionService {

    private final AccountProfileRepository profiles;
    private final DeviceRepository devices;
    private final SafetyCodeHasher hasher;
    private final RemoteSessionSigner signer;
    private final SafetyCodeLockout lockout;
    private final Duration lifetime;
    private final Clock clock;

    public RemoteSessionService(AccountProfileRepository profiles, DeviceRepository devices, SafetyCodeHasher hasher,
            RemoteSessionSigner signer, EnrollmentConfig config, Clock clock) {
        this.profiles = profiles;
        this.devices = devices;
        this.hasher = hasher;
        this.signer = signer;
        this.lockout = new SafetyCodeLockout(config.safetyCode().maxAttempts(), config.safetyCode().lockDurations());
        this.lifetime = config.remoteSession().lifetime();
        this.clock = clock;
    }

    public Uni<RemoteSessionView> open(String accountId, String deviceId, String safetyCode) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
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
            return Problems.safetyCodeLocked(until, now);
        }
        return Problems.wrongSafetyCode(lockout.attemptsLeft(profile.getSafetyFailedAttempts()));
    }
}
