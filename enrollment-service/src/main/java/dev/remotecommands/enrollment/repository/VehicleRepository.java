package dev.remotecommands.enrollment.repository;

import dev.remotecommands.enrollment.Subscription;
import dev.remotecommands.enrollment.Vehicle;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VehicleRepository implements PanacheRepositoryBase<Vehicle, UUID> {

    public Uni<Vehicle> findOfAccount(String accountId, String vin) {
        return find("accountId = ?1 and vin = ?2", accountId, vin).firstResult();
    }

    /** The vehicle, locked until the end of the transaction. */
    public Uni<Vehicle> lockOfAccount(String accountId, String vin) {
        return find("accountId = ?1 and vin = ?2", accountId, vin).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<List<Vehicle>> ofAccount(String accountId) {
        return list("accountId = ?1", Sort.ascending("registeredAt").and("vin"), accountId);
    }

    public Uni<Boolean> anySubscribed(String accountId) {
        return count("accountId = ?1 and subscription in ?2", accountId,
                List.of(Subscription.ACTIVATED, Subscription.PAIRED)).map(count -> count > 0);
    }
}
