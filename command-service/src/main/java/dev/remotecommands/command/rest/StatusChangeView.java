package dev.remotecommands.command.rest;

import dev.remotecommands.command.CommandHistoryEntry;
import dev.remotecommands.contracts.vehicle.CommandStatus;

import java.time.Instant;

/** One entry of a command's history. */
public record StatusChangeView(CommandStatus status, Instant at) {

    static StatusChangeView of(CommandHistoryEntry entry) {
        return new StatusChangeView(entry.getStatus(), entry.getAt());
    }
}
