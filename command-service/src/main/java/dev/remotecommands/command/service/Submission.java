package dev.remotecommands.command.service;

/** The answer to a command request: the command, and whether it already existed for this idempotency key. */
public record Submission(CommandDetails details, boolean replayed) {
}
