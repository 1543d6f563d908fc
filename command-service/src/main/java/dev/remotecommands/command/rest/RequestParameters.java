package dev.remotecommands.command.rest;

import dev.remotecommands.command.problem.Problems;

import java.util.Optional;
import java.util.UUID;

/**
 * The command id of a path, read by {@link CommandAccessFilter} before any constraint of the resource is checked;
 * the other parameters are checked by the constraints on the resources' parameters and bodies.
 */
final class RequestParameters {

    private RequestParameters() {
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
