package dev.remotecommands.simulator;

import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandType;

import java.time.Instant;
import java.util.UUID;

/** A command the car carried out (or tried to), as tests and system tests inspect it. */
public record ExecutedCommand(UUID commandId, CommandType type, CarOutcome outcome, Instant executedAt,
        Instant expiresAt) {
}
