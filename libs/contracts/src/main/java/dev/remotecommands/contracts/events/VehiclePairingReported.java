package dev.remotecommands.contracts.events;

import static dev.remotecommands.contracts.Require.present;
import static dev.remotecommands.contracts.Require.text;

import dev.remotecommands.contracts.Vin;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;

import java.time.Instant;

/**
 * Topic {@code VehiclePairingReported}, key VIN: the car saw a phone pair over Bluetooth and hand it a challenge,
 * with the car's own ignition and privacy state at that moment. enrollment-service matches it to a pairing session.
 */
public record VehiclePairingReported(String vin, String challenge, String deviceId, IgnitionState ignition,
        PrivacyMode privacyMode, Instant at) {

    public VehiclePairingReported {
        Vin.require(vin);
        text(challenge, "challenge");
        text(deviceId, "deviceId");
        present(ignition, "ignition");
        present(privacyMode, "privacyMode");
        present(at, "at");
    }
}
