package dev.remotecommands.contracts.mqtt;

import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;

import java.time.Instant;

/** {@code vehicles/{vin}/pairing}, car to bridge, QoS 1: a phone paired over Bluetooth with this challenge. */
public record PairingMessage(String challenge, String deviceId, IgnitionState ignition, PrivacyMode privacyMode,
        Instant at) {
}
