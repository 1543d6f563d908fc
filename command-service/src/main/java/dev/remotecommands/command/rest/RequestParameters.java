package dev.remotecommands.command.rest;

import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.contracts.Vin;
import dev.remotecommands.contracts.vehicle.CommandType;

import java.util.Optional;
import java.util.UUID;

/** Checks of what the client sent in paths, headers, query and body, each failing with a clear problem. */
final class RequestParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private RequestParameters() {
    }

    static String vin(String vin) {
        if (!Vin.isValid(vin)) {
            throw Problems.malformedVin(vin);
        }
        return vin;
    }

    static UUID idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            throw Problems.idempotencyKeyRequired();
        }
        return uuid(header.trim()).orElseThrow(() -> Problems.idempotencyKeyMalformed(header));
    }

    static CommandType commandType(CommandRequestBody body) {
        if (body == null || body.type() == null || body.type().isBlank()) {
            throw Problems.commandTypeRequired();
        }
        try {
            return CommandType.valueOf(body.type().trim());
        } catch (IllegalArgumentException e) {
            throw Problems.unknownCommandType(body.type());
        }
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalidLimit(limit);
    }

    /** A command id from a path; a text that is no UUID names no command. */
    static UUID commandId(String id) {
        return uuid(id).orElseThrow(() -> Problems.commandNotFound(id));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            UUID uuid = UUID.fromString(text);
            // UUID.fromString accepts shortened forms such as 1-2-3-4-5; insist on the canonical one
            return uuid.toString().equalsIgnoreCase(text) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
