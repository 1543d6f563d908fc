package dev.remotecommands.command.rest;

import dev.remotecommands.command.Command;
import dev.remotecommands.command.service.CommandDetails;
import dev.remotecommands.command.service.CommandMessages;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.FailureCause;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A command as the BFF sees it. {@code message} is for the driver; {@code outcomeKnown} is false while the
 * command is pending and for TIMED_OUT, where the car may or may not have carried it out.
 */
@Schema(example = "{\"id\": \"" + CommandView.EXAMPLE_ID + "\", \"vin\": \"WVWZZZ1JZXW000001\", \"type\": \"LOCK\","
        + " \"status\": \"SUCCEEDED\", \"failureCause\": null, \"message\": \"The vehicle carried out the command.\","
        + " \"outcomeKnown\": true, \"createdAt\": \"2026-03-02T08:15:00Z\","
        + " \"updatedAt\": \"2026-03-02T08:15:04Z\","
        + " \"expiresAt\": \"2026-03-02T08:16:00Z\", \"history\": [{\"status\": \"ACCEPTED\", \"at\":"
        + " \"2026-03-02T08:15:00Z\"}, {\"status\": \"SENT_TO_VEHICLE\", \"at\": \"2026-03-02T08:15:01Z\"},"
        + " {\"status\": \"SUCCEEDED\", \"at\": \"2026-03-02T08:15:04Z\"}]}")
public record CommandView(UUID id, String vin, CommandType type, CommandStatus status, FailureCause failureCause,
        String message, boolean outcomeKnown, Instant createdAt, Instant updatedAt, Instant expiresAt,
        List<StatusChangeView> history) {

    static final String EXAMPLE_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    static final String EXAMPLE_LOCATION = CommandResource.PATH + "/" + EXAMPLE_ID;

    static CommandView of(CommandDetails details) {
        Command command = details.command();
        return new CommandView(command.getId(), command.getVin(), command.getType(), command.getStatus(),
                command.getFailureCause(), CommandMessages.of(command.getStatus(), command.getFailureCause()),
                CommandMessages.outcomeKnown(command.getStatus()), command.getCreatedAt(), command.getUpdatedAt(),
                command.getExpiresAt(), details.history().stream().map(StatusChangeView::of).toList());
    }
}
