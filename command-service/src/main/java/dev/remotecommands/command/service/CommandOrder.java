package dev.remotecommands.command.service;

import dev.remotecommands.contracts.vehicle.CommandType;

import java.util.UUID;

/** A validated request of an account to run a command on a car. */
public record CommandOrder(String accountId, String vin, CommandType type, UUID idempotencyKey) {
}
