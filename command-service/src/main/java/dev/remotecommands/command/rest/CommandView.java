package dev.remotecommands.command.rest;

import dev.remotecommands.command.Command;
import dev.remotecommands.command.service.CommandDetails;
import dev.remotecommands.command.service.CommandMessages;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.FailureCause;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A command as the BFF sees it. {@code message} is for the driver; {@code outcomeKnown} is false while the
 * command is pending and for TIMED_OUT, where the car may or may not have carried it out.
 */
public record CommandView(UUID id, String vin, CommandType type, CommandStatus status, FailureCause failureCause,
        String message, boolean outcomeKnown, Instant createdAt, Instant updatedAt, Instant expiresAt,
        List<StatusChangeView> history) {

    static CommandView of(CommandDetails details) {
        Command command = details.command();
        return new CommandView(command.getId(), command.getVin(), command.getType(), command.getStatus(),
                command.getFailureCause(), CommandMessages.of(command.getStatus(), command.getFailureCause()),
                CommandMessages.outcomeKnown(command.getStatus()), command.getCreatedAt(), command.getUpdatedAt(),
                command.getExpiresAt(), details.history().stream().map(StatusChangeView::of).toList());
    }
}
