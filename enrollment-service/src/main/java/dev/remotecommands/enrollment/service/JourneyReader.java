package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.Subscription;
import dev.remotecommands.enrollment.Vehicle;
import dev.remotecommands.enrollment.repository.AccountProfileRepository;
import dev.remotecommands.enrollment.repository.DeviceRepository;
import dev.remotecommands.enrollment.repository.PairingSessionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Works out the journey of a vehicle from the database (inside the caller's session). */
@ApplicationScoped
public class JourneyReader {

    private final AccountProfileRepository profiles;
    private final DeviceRepository devices;
    private final PairingSessionRepository sessions;
    private final Clock clock;

    public JourneyReader(AccountProfileRepository profiles, DeviceRepository devices, PairingSessionRepository sessions,
            Clock clock) {
        this.profiles = profiles;
        this.devices = devices;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Uni<Journey> of(Vehicle vehicle) {
        String accountId = vehicle.getAccountId();
        return profiles.read(accountId).chain(profile -> devices.anyRegistered(accountId)
                .chain(registered -> waiting(vehicle).map(waiting -> Journey.of(vehicle.getSubscription(),
                        profile != null && profile.hasTrustedPhone(),
                        registered && profile != null && profile.hasSafetyCode(), waiting))));
    }

    private Uni<Boolean> waiting(Vehicle vehicle) {
        if (vehicle.getSubscription() != Subscription.ACTIVATED) {
            return Uni.createFrom().item(false);
        }
        return sessions.anyWaiting(vehicle.getAccountId(), vehicle.getVin(), clock.instant());
    }
}
