package dev.remotecommands.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A smartphone of an account, registered with a 9-digit code sent to the trusted phone. */
@Entity
@Table(name = "device")
public class Device {

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Column(name = "device_id", nullable = false)
    private String deviceId;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeviceStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected Device() {
    }

    public static Device pending(String accountId, String deviceId, String name, Instant at) {
        Device device = new Device();
        device.id = UUID.randomUUID();
        device.accountId = accountId;
        device.deviceId = deviceId;
        device.name = name;
        device.status = DeviceStatus.PENDING;
        device.createdAt = at;
        return device;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void registered(Instant at) {
        status = DeviceStatus.REGISTERED;
        registeredAt = at;
    }

    public boolean isRegistered() {
        return status == DeviceStatus.REGISTERED;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getName() {
        return name;
    }

    public DeviceStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
