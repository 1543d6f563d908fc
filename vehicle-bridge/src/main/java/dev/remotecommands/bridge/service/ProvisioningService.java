package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.repository.ProvisioningRepository;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.grants.VehicleGrantRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Keeps the grants (which account and device may command which car) in step with enrollment-service's events and,
 * whenever they change, records in the same transaction that the car's provisioning must be published again; it is
 * published right after commit (or by the sweep if that fails). A replayed or older event changes nothing.
 */
@ApplicationScoped
public class ProvisioningService {

    private final VehicleGrantRepository grants;
    private final ProvisioningRepository provisioning;
    private final ProvisioningPublisher publisher;
    private final Clock clock;

    public ProvisioningService(VehicleGrantRepository grants, ProvisioningRepository provisioning,
            ProvisioningPublisher publisher, Clock clock) {
        this.grants = grants;
        this.provisioning = provisioning;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Uni<Void> record(EnrollmentCompleted completed) {
        return change(completed.vin(), () -> grants.record(completed));
    }

    public Uni<Void> record(EnrollmentRevoked revoked) {
        return change(revoked.vin(), () -> grants.record(revoked));
    }

    private Uni<Void> change(String vin, Supplier<Uni<Integer>> grantChange) {
        return Panache.withTransaction(() -> grantChange.get().chain(changed -> changed > 0
                        ? provisioning.want(vin, clock.instant()).replaceWith(true)
                        : Uni.createFrom().item(false)))
                .chain(changed -> changed ? publisher.publish(vin) : Uni.createFrom().voidItem());
    }
}
