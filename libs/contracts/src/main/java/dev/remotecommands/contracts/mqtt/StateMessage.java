package dev.remotecommands.contracts.mqtt;

import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;

import java.time.Instant;

/** {@code vehicles/{vin}/state}, car to bridge, QoS 1, retained. */
public record StateMessage(DoorState doors, IgnitionState ignition, PrivacyMode privacyMode, Instant at) {
}
