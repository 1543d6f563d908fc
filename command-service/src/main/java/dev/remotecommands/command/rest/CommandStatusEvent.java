package dev.remotecommands.command.rest;

import dev.remotecommands.command.repository.CommandStatusReader.StatusChange;
import dev.remotecommands.command.service.CommandMessages;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;

import java.time.Instant;
import java.util.UUID;

/** One server-sent event: a status the command reached. {@code terminal} marks the last event of the stream. */
public record CommandStatusEvent(UUID commandId, CommandStatus status, FailureCause failureCause, String message,
        boolean outcomeKnown, boolean terminal, Instant at) {

    static CommandStatusEvent of(StatusChange change) {
        return new CommandStatusEvent(change.commandId(), change.status(), change.failureCause(),
                CommandMessages.of(change.status(), change.failureCause()),
                CommandMessages.outcomeKnown(change.status()), change.status().isTerminal(), change.at());
    }
}
