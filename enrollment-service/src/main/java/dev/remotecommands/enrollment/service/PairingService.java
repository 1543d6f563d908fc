package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.enrollment.PairingFailure;
import dev.remotecommands.enrollment.PairingSession;
import dev.remotecommands.enrollment.Vehicle;
import dev.remotecommands.enrollment.VehicleDevice;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.DeviceRepository;
import dev.remotecommands.enrollment.repository.PairingSessionRepository;
import dev.remotecommands.enrollment.repository.VehicleDeviceRepository;
import dev.remotecommands.enrollment.repository.VehicleRepository;
import dev.remotecommands.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Step 3: a pairing session with a random challenge the phone hands to the car; the car's own report
 * ({@code VehiclePairingReported}) completes it, and only then is the enrollment announced.
 */
@ApplicationScoped
public class PairingService {

    private static final Logger LOG = Logger.getLogger(PairingService.class);
    private static final int CHALLENGE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VehicleRepository vehicles;
    private final AccountProfileRepository profiles;
    private final DeviceRepository devices;
    private final PairingSessionRepository sessions;
    private final VehicleDeviceRepository enrolments;
    private final Outbox outbox;
    private final Duration ttl;
    private final Clock clock;

    public PairingService(VehicleRepository vehicles, AccountProfileRepository profiles, DeviceRepository devices,
            PairingSessionRepository sessions, VehicleDeviceRepository enrolments, Outbox outbox,
            EnrollmentConfig config, Clock clock) {
        this.vehicles = vehicles;
        this.profiles = profiles;
        this.devices = devices;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.outbox = outbox;
        this.ttl = config.pairing().ttl();
        this.clock = clock;
    }

    public Uni<PairingSessionView> open(String accountId, String vin, String deviceId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Panache.withTransaction(() -> vehicles.findOfAccount(accountId, vin)
                .onItem().ifNull().failWith(() -> Problems.vehicleNotFound(vin))
                .chain(vehicle -> vehicle.isSubscribed() ? profiles.lock(accountId)
                        : Uni.createFrom().failure(Problems.activationRequired()))
                .chain(profile -> {
                    if (!profile.hasTrustedPhone()) {
                        return Uni.createFrom().failure(Problems.trustedPhoneRequired());
                    }
                    return devices.anyRegistered(accountId).chain(registered -> registered && profile.hasSafetyCode()
                            ? devices.findOfAccount(accountId, deviceId)
                            : Uni.createFrom().failure(Problems.safetyCodeStepRequired()));
                })
                .chain(device -> device != null && device.isRegistered()
                        ? sessions.persist(PairingSession.waiting(accountId, vin, deviceId, newChallenge(), now,
                                now.plus(ttl)))
                        : Uni.createFrom().failure(Problems.deviceNotRegistered(deviceId)))
                .map(PairingSessionView::created));
    }

    /** The session; one still waiting past its deadline is failed EXPIRED now, and stays so. */
    public Uni<PairingSessionView> read(String accountId, String vin, UUID id) {
        return Panache.withTransaction(() -> sessions.lockOfVehicle(id, accountId, vin)
                .onItem().ifNull().failWith(() -> Problems.pairingSessionNotFound(id.toString()))
                .invoke(session -> {
                    Instant now = clock.instant();
                    if (session.isOverdueAt(now)) {
                        session.fail(PairingFailure.EXPIRED, now);
                    }
                })
                .map(PairingSessionView::of));
    }

    /**
     * Matches the car's report to its waiting session. A report for no waiting session (stale, forged, or already
     * handled: a redelivery) changes nothing, so the consumer is idempotent.
     */
    public Uni<Void> reported(VehiclePairingReported report) {
        return Panache.withTransaction(() -> sessions.lockWaiting(report.vin(), report.challenge())
                .chain(session -> {
                    if (session == null) {
                        LOG.infof("pairing report for %s matches no waiting session: ignored", report.vin());
                        return Uni.createFrom().voidItem();
                    }
                    return vehicles.lockOfAccount(session.getAccountId(), session.getVin())
                            .chain(vehicle -> devices.findOfAccount(session.getAccountId(), session.getDeviceId())
                                    .chain(device -> decide(session, vehicle,
                                            device != null && device.isRegistered(), report)));
                }));
    }

    private Uni<Void> decide(PairingSession session, Vehicle vehicle, boolean deviceRegistered,
            VehiclePairingReported report) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        PairingFailure failure = failure(session, deviceRegistered, report, now);
        if (vehicle == null || !vehicle.isSubscribed()) {
            LOG.infof("pairing report for %s after remote commands ended: ignored", session.getVin());
            return Uni.createFrom().voidItem();
        }
        if (failure != null) {
            LOG.infof("pairing session %s of %s failed: %s", session.getId(), session.getVin(), failure);
            session.fail(failure, now);
            return Uni.createFrom().voidItem();
        }
        session.done(now);
        vehicle.paired(now);
        String accountId = session.getAccountId();
        String vin = session.getVin();
        String deviceId = session.getDeviceId();
        return enrolments.find(accountId, vin, deviceId)
                .chain(existing -> existing != null ? Uni.createFrom().voidItem()
                        : enrolments.persist(VehicleDevice.of(accountId, vin, deviceId, now)).replaceWithVoid())
                .chain(() -> outbox.enqueue(Topics.ENROLLMENT_COMPLETED, vin,
                        new EnrollmentCompleted(accountId, vin, deviceId, now)));
    }

    /** Why this report cannot complete the session, checked in the order the driver can act on; null if it can. */
    static PairingFailure failure(PairingSession session, boolean deviceRegistered, VehiclePairingReported report,
            Instant now) {
        if (!deviceRegistered || !session.getDeviceId().equals(report.deviceId())) {
            return PairingFailure.DEVICE_MISMATCH;
        }
        if (report.privacyMode() == PrivacyMode.PRIVATE) {
            return PairingFailure.PRIVACY_MODE;
        }
        if (report.ignition() != IgnitionState.ON) {
            return PairingFailure.ENGINE_OFF;
        }
        if (!now.isBefore(session.getExpiresAt())) {
            return PairingFailure.EXPIRED;
        }
        return null;
    }

    static String newChallenge() {
        byte[] bytes = new byte[CHALLENGE_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
