package dev.remotecommands.contracts.mqtt;

import dev.remotecommands.contracts.vehicle.Presence;

import java.time.Instant;

/** {@code vehicles/{vin}/presence}, car to bridge, QoS 1, retained; OFFLINE is the car's last will. */
public record PresenceMessage(Presence status, Instant at) {
}
