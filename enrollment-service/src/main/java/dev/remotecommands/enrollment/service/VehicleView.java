package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.RemoteCommandsStatus;
import dev.remotecommands.enrollment.Vehicle;

import java.time.Instant;

/** A vehicle of the account with its remote-commands status. */
public record VehicleView(String vin, String nickname, Instant registeredAt, RemoteCommandsStatus remoteCommandsStatus) {

    static VehicleView of(Vehicle vehicle, RemoteCommandsStatus status) {
        return new VehicleView(vehicle.getVin(), vehicle.getNickname(), vehicle.getRegisteredAt(), status);
    }
}
