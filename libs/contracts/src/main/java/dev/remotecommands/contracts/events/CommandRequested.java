package dev.remotecommands.contracts.events;

import static dev.remotecommands.contracts.Require.present;
import static dev.remotecommands.contracts.Require.text;

import dev.remotecommands.contracts.Vin;
import dev.remotecommands.contracts.vehicle.CommandType;

import java.time.Instant;
import java.util.UUID;

/**
 * Topic {@code CommandRequested}, key VIN: a signed, expiring command for one car. The signature covers
 * {@code commandId|vin|type|issuedAt|expiresAt} (see {@code CommandSignature}).
 */
public record CommandRequested(UUID commandId, String vin, String accountId, CommandType type, Instant issuedAt,
        Instant expiresAt, String signature) {

    public CommandRequested {
        present(commandId, "commandId");
        Vin.require(vin);
        text(accountId, "accountId");
        present(type, "type");
        present(issuedAt, "issuedAt");
        present(expiresAt, "expiresAt");
        text(signature, "signature");
    }
}
