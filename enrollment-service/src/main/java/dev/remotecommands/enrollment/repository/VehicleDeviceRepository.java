package dev.remotecommands.enrollment.repository;

import dev.remotecommands.enrollment.VehicleDevice;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VehicleDeviceRepository implements PanacheRepositoryBase<VehicleDevice, UUID> {

    public Uni<VehicleDevice> find(String accountId, String vin, String deviceId) {
        return find("accountId = ?1 and vin = ?2 and deviceId = ?3", accountId, vin, deviceId).firstResult();
    }

    public Uni<List<VehicleDevice>> ofDevice(String accountId, String deviceId) {
        return list("accountId = ?1 and deviceId = ?2", accountId, deviceId);
    }

    public Uni<Long> countOfVehicle(String accountId, String vin) {
        return count("accountId = ?1 and vin = ?2", accountId, vin);
    }

    public Uni<Long> deleteOfVehicle(String accountId, String vin) {
        return delete("accountId = ?1 and vin = ?2", accountId, vin);
    }
}
