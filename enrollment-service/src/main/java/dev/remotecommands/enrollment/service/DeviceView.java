package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.Device;
import dev.remotecommands.enrollment.DeviceStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(example = "{\"deviceId\": \"pixel-8-anna\", \"name\": \"Anna's Pixel\", \"status\": \"REGISTERED\","
        + " \"createdAt\": \"2026-03-02T08:10:00Z\", \"registeredAt\": \"2026-03-02T08:11:02Z\"}")
public record DeviceView(String deviceId, String name, DeviceStatus status, Instant createdAt, Instant registeredAt) {

    static DeviceView of(Device device) {
        return new DeviceView(device.getDeviceId(), device.getName(), device.getStatus(), device.getCreatedAt(),
                device.getRegisteredAt());
    }
}
