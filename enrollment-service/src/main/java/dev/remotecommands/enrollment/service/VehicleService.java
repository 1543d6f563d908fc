package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.enrollment.Vehicle;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.VehicleDeviceRepository;
import dev.remotecommands.enrollment.repository.VehicleRepository;
import dev.remotecommands.outbox.Outbox;
import dev.remotecommands.outbox.db.UniqueViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The vehicles of an account, the activation of remote commands on them and its end. */
@ApplicationScoped
public class VehicleService {

    public static final String DEACTIVATED = "DEACTIVATED";

    private final VehicleRepository vehicles;
    private final VehicleDeviceRepository enrolments;
    private final JourneyReader journeys;
    private final Outbox outbox;
    private final AccountProfileRepository profiles;
    private final RemoteSessionEnder sessions;
    private final EnrollmentConfig config;
    private final Clock clock;

    public VehicleService(VehicleRepository vehicles, VehicleDeviceRepository enrolments, JourneyReader journeys,
            Outbox outbox, AccountProfileRepository profiles, RemoteSessionEnder sessions, EnrollmentConfig config,
            Clock clock) {
        this.vehicles = vehicles;
        this.profiles = profiles;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.journeys = journeys;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Registers the VIN for the account, or gives back the earlier registration (nickname unchanged). */
    public Uni<Registration> register(String accountId, String vin, String nickname) {
        // Two parallel registrations of one VIN: the unique constraint catches the loser, whose retry finds the row.
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> vehicles.findOfAccount(accountId, vin)
                        .chain(existing -> existing != null
                                ? view(existing).map(view -> new Registration(view, false))
                                : create(accountId, vin, nickname))))
                .onFailure(UniqueViolation::isCauseOf).retry().atMost(1);
    }

    public Uni<List<VehicleView>> list(String accountId) {
        return Panache.withSession(() -> vehicles.ofAccount(accountId)
                .chain(list -> Multi.createFrom().iterable(list)
                        // one after the other: a reactive session runs one query at a time
                        .onItem().transformToUniAndConcatenate(this::view)
                        .collect().asList()));
    }

    public Uni<Journey> journey(String accountId, String vin) {
        return Panache.withSession(() -> require(accountId, vin).chain(journeys::of));
    }

    /** Accepts the current terms for this vehicle and starts (or keeps) its journey. */
    public Uni<Journey> activate(String accountId, String vin, String termsVersion, Boolean termsAccepted,
            Map<String, Object> preferences) {
        if (!Boolean.TRUE.equals(termsAccepted)) {
            return Uni.createFrom().failure(Problems.termsNotAccepted());
        }
        String current = config.terms().version();
        if (!current.equals(termsVersion)) {
            return Uni.createFrom().failure(Problems.termsOutdated(termsVersion, current));
        }
        Instant now = now();
        return Panache.withTransaction(() -> lock(accountId, vin)
                .invoke(vehicle -> vehicle.activate(termsVersion, preferences == null ? Map.of() : preferences, now))
                .call(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(journeys::of));
    }

    /** Ends remote commands for this vehicle: every paired device loses it, and the journey starts over later. */
    public Uni<Void> deactivate(String accountId, String vin) {
        Instant now = now();
        // the profile first, as a device removal locks it before the car: no deadlock between the two
        return Panache.withTransaction(() -> profiles.lock(accountId).chain(profile -> lock(accountId, vin)
                .chain(vehicle -> {
                    if (!vehicle.isSubscribed()) {
                        return Uni.createFrom().voidItem(); // already ended or never started: nothing to announce
                    }
                    vehicle.revoke(now);
                    // sessions are the account's, not the car's: a deactivation ends them all
                    return enrolments.deleteOfVehicle(accountId, vin)
                            .chain(() -> outbox.enqueue(Topics.ENROLLMENT_REVOKED, vin,
                                    new EnrollmentRevoked(accountId, vin, null, DEACTIVATED, now)))
                            .chain(() -> sessions.endAll(profile, SessionsEndReason.DEACTIVATED));
                })));
    }

    private Uni<Registration> create(String accountId, String vin, String nickname) {
        Vehicle vehicle = Vehicle.registered(accountId, vin, nickname, now());
        return vehicles.persistAndFlush(vehicle).chain(this::view).map(view -> new Registration(view, true));
    }

    private Uni<VehicleView> view(Vehicle vehicle) {
        return journeys.of(vehicle).map(journey -> VehicleView.of(vehicle, journey.status()));
    }

    private Uni<Vehicle> require(String accountId, String vin) {
        return vehicles.findOfAccount(accountId, vin).onItem().ifNull().failWith(() -> Problems.vehicleNotFound(vin));
    }

    private Uni<Vehicle> lock(String accountId, String vin) {
        return vehicles.lockOfAccount(accountId, vin).onItem().ifNull().failWith(() -> Problems.vehicleNotFound(vin));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
