package dev.remotecommands.command.webhook;

import dev.remotecommands.command.service.CommandMessages;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;

import java.time.Instant;
import java.util.UUID;

/**
 * The body of a delivery: one status a command reached. {@code eventId} is the same on every attempt and
 * re-send (de-duplicate on it); {@code sequence} grows with the command's changes (order by it).
 */
public record WebhookEvent(UUID eventId, UUID commandId, String vin, String type, CommandStatus status,
        FailureCause failureCause, String message, boolean outcomeKnown, boolean terminal, long sequence, Instant at) {

    static WebhookEvent of(UUID eventId, UUID commandId, String vin, String type, CommandStatus status,
            FailureCause failureCause, long sequence, Instant at) {
        return new WebhookEvent(eventId, commandId, vin, type, status, failureCause,
                CommandMessages.of(status, failureCause), CommandMessages.outcomeKnown(status), status.isTerminal(),
                sequence, at);
    }
}
