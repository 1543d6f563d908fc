package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.config.EnrollmentConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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

    public RemoteSessionService(SafetyCodeCheck check, RemoteSessionSigner signer, EnrollmentConfig config,
            Clock clock) {
        this.check = check;
        this.signer = signer;
        this.lifetime = config.remoteSession().lifetime();
        this.clock = clock;
    }

    public Uni<RemoteSessionView> open(String accountId, String deviceId, String safetyCode) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return check.whenRight(accountId, deviceId, safetyCode, now, Uni.createFrom()::item)
                .map(profile -> {
                    Instant issuedAt = profile.sessionIssuedAt(now);
                    Instant expiresAt = issuedAt.plus(lifetime);
                    return new RemoteSessionView(signer.sign(accountId, deviceId, issuedAt, expiresAt), expiresAt);
                });
    }
}
