package dev.remotecommands.command.rest;

import dev.remotecommands.command.repository.CommandStatusReader.StatusChange;
import dev.remotecommands.command.service.CommandMessages;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One server-sent event: a status the command reached. {@code terminal} marks the last event of the stream. */
@Schema(example = "{\"commandId\": \"7c9e6679-7425-40de-944b-e07fc1f90ae7\", \"status\": \"SENT_TO_VEHICLE\","
        + " \"failureCause\": null, \"message\": \"The command was sent to the vehicle; waiting for its answer.\","
        + " \"outcomeKnown\": false, \"terminal\": false, \"at\": \"2026-03-02T08:15:01Z\"}")
public record CommandStatusEvent(UUID commandId, CommandStatus status, FailureCause failureCause, String message,
        boolean outcomeKnown, boolean terminal, Instant at) {

    static CommandStatusEvent of(StatusChange change) {
        return new CommandStatusEvent(change.commandId(), change.status(), change.failureCause(),
                CommandMessages.of(change.status(), change.failureCause()),
                CommandMessages.outcomeKnown(change.status()), change.status().isTerminal(), change.at());
    }
}
