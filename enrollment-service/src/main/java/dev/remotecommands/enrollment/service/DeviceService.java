package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.enrollment.Device;
import dev.remotecommands.enrollment.DeviceStatus;
import dev.remotecommands.enrollment.VehicleDevice;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.CodeRequestRepository;
import dev.remotecommands.enrollment.repository.DeviceRepository;
import dev.remotecommands.enrollment.repository.VehicleDeviceRepository;
import dev.remotecommands.enrollment.repository.VehicleRepository;
import dev.remotecommands.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Step 2, first half: the account's devices, each registered with a 9-digit code sent to the trusted phone. */
@ApplicationScoped
public class DeviceService {

    public static final String DEVICE_REMOVED = "DEVICE_REMOVED";
    public static final String REGISTERED = "REGISTERED";

    private final AccountProfileRepository profiles;
    private final DeviceRepository devices;
    private final VehicleDeviceRepository enrolments;
    private final VehicleRepository vehicles;
    private final CodeRequestRepository requests;
    private final CodeSender sender;
    private final CodeChecker checker;
    private final Outbox outbox;
    private final RemoteSessionEnder sessions;
    private final int maxDevices;
    private final Clock clock;

    public DeviceService(AccountProfileRepository profiles, DeviceRepository devices,
            VehicleDeviceRepository enrolments, VehicleRepository vehicles, CodeRequestRepository requests,
            CodeSender sender, CodeChecker checker, Outbox outbox, RemoteSessionEnder sessions, EnrollmentConfig config,
            Clock clock) {
        this.profiles = profiles;
        this.devices = devices;
        this.enrolments = enrolments;
        this.vehicles = vehicles;
        this.requests = requests;
        this.sender = sender;
        this.checker = checker;
        this.outbox = outbox;
        this.sessions = sessions;
        this.maxDevices = config.devices().max();
        this.clock = clock;
    }

    public Uni<CodeSent> register(String accountId, String deviceId, String name) {
        return Panache.withTransaction(() -> profiles.lock(accountId).chain(profile -> {
            if (!profile.hasTrustedPhone()) {
                return Uni.createFrom().failure(Problems.trustedPhoneRequired());
            }
            return devices.findOfAccount(accountId, deviceId)
                    .chain(existing -> existing != null ? again(existing, name) : create(accountId, deviceId, name))
                    .chain(() -> sender.send(accountId, OtpPurpose.DEVICE_REGISTRATION, deviceId,
                            profile.getTrustedPhone(), OneTimeCodes.DEVICE_CODE_LENGTH))
                    .map(request -> sender.answer(request, null));
        }));
    }

    public Uni<CodeSent> resend(String accountId, String deviceId) {
        return Panache.withTransaction(() -> profiles.lock(accountId).chain(profile -> requirePending(accountId,
                deviceId)
                .chain(device -> profile.hasTrustedPhone()
                        ? sender.send(accountId, OtpPurpose.DEVICE_REGISTRATION, deviceId, profile.getTrustedPhone(),
                                OneTimeCodes.DEVICE_CODE_LENGTH)
                        : Uni.createFrom().failure(Problems.trustedPhoneRequired()))
                .map(request -> sender.answer(request, null))));
    }

    public Uni<StatusView> verify(String accountId, String deviceId, String typedCode) {
        String code = OneTimeCodes.require(typedCode, OneTimeCodes.DEVICE_CODE_LENGTH);
        return Panache.withSession(() -> require(accountId, deviceId).chain(device -> device.isRegistered()
                        ? Uni.createFrom().nullItem()
                        : requests.newest(accountId, OtpPurpose.DEVICE_REGISTRATION, deviceId)
                                .onItem().ifNull().failWith(() -> Problems.noCodeRequested(
                                        "Ask for one: POST /v1/devices with this deviceId."))))
                .chain(request -> request == null ? Uni.createFrom().voidItem()
                        : checker.check(request, code).chain(() -> Panache.withTransaction(() -> profiles.lock(accountId)
                                .chain(() -> require(accountId, deviceId))
                                .chain(device -> requests.findById(request.getRequestId()).invoke(stored -> {
                                    Instant now = clock.instant();
                                    stored.verified(now);
                                    device.registered(now);
                                }))).replaceWithVoid()))
                .replaceWith(new StatusView(REGISTERED));
    }

    public Uni<List<DeviceView>> list(String accountId) {
        return Panache.withSession(() -> devices.ofAccount(accountId))
                .map(list -> list.stream().map(DeviceView::of).toList());
    }

    /** Removes the device; every car it was paired with gets {@code EnrollmentRevoked} for it. */
    public Uni<Void> remove(String accountId, String deviceId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Panache.withTransaction(() -> profiles.lock(accountId)
                .chain(profile -> require(accountId, deviceId)
                        .chain(device -> enrolments.ofDevice(accountId, deviceId)
                                .chain(list -> Multi.createFrom().iterable(list)
                                        .onItem().transformToUniAndConcatenate(enrolment -> revoke(enrolment, now))
                                        .collect().last())
                                .chain(() -> devices.delete(device)))
                        // a removed (lost, sold) phone may have opened sessions: all of the account's end
                        .chain(() -> sessions.endAll(profile, SessionsEndReason.DEVICE_REMOVED))));
    }

    private Uni<Void> revoke(VehicleDevice enrolment, Instant now) {
        String accountId = enrolment.getAccountId();
        String vin = enrolment.getVin();
        return enrolments.delete(enrolment)
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> outbox.enqueue(Topics.ENROLLMENT_REVOKED, vin,
                        new EnrollmentRevoked(accountId, vin, enrolment.getDeviceId(), DEVICE_REMOVED, now)))
                .chain(() -> enrolments.countOfVehicle(accountId, vin))
                .chain(left -> left > 0 ? Uni.createFrom().voidItem()
                        // no paired device left: the car needs a pairing again before it is ACTIVE
                        : vehicles.lockOfAccount(accountId, vin).invoke(vehicle -> {
                            if (vehicle != null) {
                                vehicle.unpaired();
                            }
                        }).replaceWithVoid());
    }

    private Uni<Device> again(Device existing, String name) {
        if (existing.getStatus() == DeviceStatus.REGISTERED) {
            return Uni.createFrom().failure(Problems.deviceAlreadyRegistered(existing.getDeviceId()));
        }
        existing.rename(name);
        return Uni.createFrom().item(existing);
    }

    private Uni<Device> create(String accountId, String deviceId, String name) {
        return devices.countOfAccount(accountId).chain(count -> count >= maxDevices
                ? Uni.createFrom().failure(Problems.deviceLimitReached(maxDevices))
                : devices.persist(Device.pending(accountId, deviceId, name, clock.instant())));
    }

    private Uni<Device> require(String accountId, String deviceId) {
        return devices.findOfAccount(accountId, deviceId)
                .onItem().ifNull().failWith(() -> Problems.deviceNotFound(deviceId));
    }

    private Uni<Device> requirePending(String accountId, String deviceId) {
        return require(accountId, deviceId).chain(device -> device.isRegistered()
                ? Uni.createFrom().failure(Problems.deviceAlreadyRegistered(deviceId))
                : Uni.createFrom().item(device));
    }
}
