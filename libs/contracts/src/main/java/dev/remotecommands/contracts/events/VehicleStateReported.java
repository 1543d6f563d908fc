package dev.remotecommands.contracts.events;

import static dev.remotecommands.contracts.Require.present;

import dev.remotecommands.contracts.Vin;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;

import java.time.Instant;

/**
 * Topic {@code VehicleStateReported}, key VIN: the car's condition at a time. A field left null is not part
 * of this report (a presence change carries only {@code presence}) and leaves the known value unchanged.
 */
public record VehicleStateReported(String vin, DoorState doors, IgnitionState ignition, PrivacyMode privacyMode,
        Presence presence, Instant at) {

    public VehicleStateReported {
        Vin.require(vin);
        present(at, "at");
    }
}
