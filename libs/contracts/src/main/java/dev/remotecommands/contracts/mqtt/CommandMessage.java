package dev.remotecommands.contracts.mqtt;

import dev.remotecommands.contracts.vehicle.CommandType;

import java.time.Instant;
import java.util.UUID;

/** {@code vehicles/{vin}/commands}, bridge to car, QoS 1. */
public record CommandMessage(UUID commandId, String vin, CommandType type, Instant issuedAt, Instant expiresAt,
        String signature) {
}
