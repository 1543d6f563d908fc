package dev.remotecommands.enrollment.repository;

import dev.remotecommands.enrollment.Device;
import dev.remotecommands.enrollment.DeviceStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeviceRepository implements PanacheRepositoryBase<Device, UUID> {

    public Uni<Device> findOfAccount(String accountId, String deviceId) {
        return find("accountId = ?1 and deviceId = ?2", accountId, deviceId).firstResult();
    }

    public Uni<List<Device>> ofAccount(String accountId) {
        return list("accountId = ?1", Sort.ascending("createdAt").and("deviceId"), accountId);
    }

    public Uni<Long> countOfAccount(String accountId) {
        return count("accountId = ?1", accountId);
    }

    public Uni<Boolean> anyRegistered(String accountId) {
        return count("accountId = ?1 and status = ?2", accountId, DeviceStatus.REGISTERED).map(count -> count > 0);
    }
}
