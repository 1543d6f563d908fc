package dev.remotecommands.contracts.mqtt;

import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CarState;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code vehicles/{vin}/acks}, car to bridge, QoS 1. {@code reason} is a {@code FailureCause} name when the
 * outcome is FAILED or REJECTED.
 */
public record AckMessage(UUID commandId, CarOutcome outcome, String reason, CarState state, Instant at) {
}
