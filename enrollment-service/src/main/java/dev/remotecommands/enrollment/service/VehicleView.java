package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.RemoteCommandsStatus;
import dev.remotecommands.enrollment.Vehicle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A vehicle of the account with its remote-commands status. */
@Schema(example = "{\"vin\": \"WVWZZZ1JZXW000001\", \"nickname\": \"Family car\","
        + " \"registeredAt\": \"2026-03-01T18:00:00Z\", \"remoteCommandsStatus\": \"ACTIVE\"}")
public record VehicleView(String vin, String nickname, Instant registeredAt, RemoteCommandsStatus remoteCommandsStatus) {

    static VehicleView of(Vehicle vehicle, RemoteCommandsStatus status) {
        return new VehicleView(vehicle.getVin(), vehicle.getNickname(), vehicle.getRegisteredAt(), status);
    }
}
