package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.Device;
import dev.remotecommands.enrollment.DeviceStatus;

import java.time.Instant;

public record DeviceView(String deviceId, String name, DeviceStatus status, Instant createdAt, Instant registeredAt) {

    static DeviceView of(Device device) {
        return new DeviceView(device.getDeviceId(), device.getName(), device.getStatus(), device.getCreatedAt(),
                device.getRegisteredAt());
    }
}
