package dev.remotecommands.command.service;

import dev.remotecommands.contracts.vehicle.CommandType;

import java.util.UUID;

/**
 * A validated request of an account to run a command on a car, with the remote-session token it came with
 * (checked once the car is known to be the account's, so that another account's car stays a 404), and the OIDC
 * client it came through (whose webhook hears the command's changes; null for none).
 */
public record CommandOrder(String accountId, String vin, CommandType type, UUID idempotencyKey, String remoteSession,
        String clientId) {

    public CommandOrder(String accountId, String vin, CommandType type, UUID idempotencyKey, String remoteSession) {
        this(accountId, vin, type, idempotencyKey, remoteSession, null);
    }
}
