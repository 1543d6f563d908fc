package dev.remotecommands.contracts.vehicle;

/**
 * The lifecycle of a remote command: pending steps, then exactly one terminal state.
 * TIMED_OUT means the command was sent and no answer came: the outcome is unknown.
 */
public enum CommandStatus {
    ACCEPTED(false),
    WAKING_UP_VEHICLE(false),
    SENT_TO_VEHICLE(false),
    SUCCEEDED(true),
    ALREADY_DONE(true),
    FAILED(true),
    REJECTED(true),
    EXPIRED(true),
    TIMED_OUT(true);

    private final boolean terminal;

    CommandStatus(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
