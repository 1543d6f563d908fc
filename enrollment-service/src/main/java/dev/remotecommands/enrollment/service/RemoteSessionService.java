package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.VehicleDevice;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import dev.remotecommands.enrollment.repository.VehicleDeviceRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Opens 7-day remote sessions for the right safety code ({@link SafetyCodeCheck}: failures are committed before the
 * wrong-code answer goes out). A session is never issued before the account's last end of sessions. It lists the
 * cars the device is paired with, so that command-service can answer a command that outruns the car's activation
 * with "retry" rather than "no such car".
 */
@ApplicationScoped
public class RemoteSessionService {

    private final SafetyCodeCheck check;
    private final RemoteSessionSigner signer;
    private final VehicleDeviceRepository enrolments;
    private final Duration lifetime;
    private final Clock clock;

    public RemoteSessionService(SafetyCodeCheck check, RemoteSessionSigner signer, VehicleDeviceRepository enrolments,
            EnrollmentConfig config, Clock clock) {
        this.check = check;
        this.enrolments = enrolments;
        this.signer = signer;
        this.lifetime = config.remoteSession().lifetime();
        this.clock = clock;
    }

    public Uni<RemoteSessionView> open(String accountId, String deviceId, String safetyCode) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return check.whenRight(accountId, deviceId, safetyCode, now, Uni.createFrom()::item)
                .chain(profile -> Panache.withSession(() -> enrolments.ofDevice(accountId, deviceId))
                        .map(paired -> {
                            Instant issuedAt = profile.sessionIssuedAt(now);
                            Instant expiresAt = issuedAt.plus(lifetime);
                            List<String> vins = paired.stream().map(VehicleDevice::getVin).sorted().toList();
                            return new RemoteSessionView(signer.sign(accountId, deviceId, vins, issuedAt, expiresAt),
                                    expiresAt);
                        }));
    }
}
