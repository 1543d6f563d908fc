package dev.remotecommands.command.service;

import dev.remotecommands.command.Command;
import dev.remotecommands.command.CommandHistoryEntry;

import java.util.List;

/** A command with the statuses it went through, oldest first. */
public record CommandDetails(Command command, List<CommandHistoryEntry> history) {
}
