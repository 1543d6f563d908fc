package dev.remotecommands.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A registered device that the car confirmed over Bluetooth: {@code EnrollmentCompleted} was emitted for it. */
@Entity
@Table(name = "vehicle_device")
public class VehicleDevice {

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Column(nullable = false, length = 17)
    private String vin;
    @Column(name = "device_id", nullable = false)
    private String deviceId;
    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected VehicleDevice() {
    }

    public static VehicleDevice of(String accountId, String vin, String deviceId, Instant at) {
        VehicleDevice enrolment = new VehicleDevice();
        enrolment.id = UUID.randomUUID();
        enrolment.accountId = accountId;
        enrolment.vin = vin;
        enrolment.deviceId = deviceId;
        enrolment.enrolledAt = at;
        return enrolment;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getVin() {
        return vin;
    }

    public String getDeviceId() {
        return deviceId;
    }
}
