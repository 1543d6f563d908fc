package dev.remotecommands.command.service;

import dev.remotecommands.command.repository.VehicleGrantRepository;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the grants (who may command which car) in step with the enrollment service's events. */
@ApplicationScoped
public class Enrollments {

    private final VehicleGrantRepository grants;

    public Enrollments(VehicleGrantRepository grants) {
        this.grants = grants;
    }

    public Uni<Void> record(EnrollmentCompleted completed) {
        return Panache.withTransaction(() -> grants.enable(completed.accountId(), completed.vin(),
                completed.deviceId(), completed.at()));
    }

    /** With a device id only that device's grant ends; without one the account's whole enrollment for the car. */
    public Uni<Void> record(EnrollmentRevoked revoked) {
        return Panache.withTransaction(() -> revoked.deviceId() == null || revoked.deviceId().isBlank()
                ? grants.disableAll(revoked.accountId(), revoked.vin(), revoked.at())
                : grants.disableDevice(revoked.accountId(), revoked.vin(), revoked.deviceId(), revoked.at()));
    }
}
