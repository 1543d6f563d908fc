package dev.remotecommands.command.service;

import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.grants.VehicleGrantRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether an account may command and read a car: only if an enrollment enabled it and nothing revoked it
 * since. Anything else looks like a car that does not exist, so nobody learns about another account's car.
 */
@ApplicationScoped
public class VehicleAccess {

    private final VehicleGrantRepository grants;

    public VehicleAccess(VehicleGrantRepository grants) {
        this.grants = grants;
    }

    /** Fails with a 404 problem unless the account may use this car. Call inside a Panache session. */
    public Uni<Void> require(String accountId, String vin) {
        return grants.accountEnabled(vin, accountId)
                .chain(enabled -> enabled
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(Problems.vehicleNotFound(vin)));
    }
}
