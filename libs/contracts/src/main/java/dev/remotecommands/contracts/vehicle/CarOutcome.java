package dev.remotecommands.contracts.vehicle;

/** What a car answers on {@code vehicles/{vin}/acks}. */
public enum CarOutcome {
    SUCCEEDED,
    ALREADY_DONE,
    FAILED,
    REJECTED;

    public CommandStatus toStatus() {
        return CommandStatus.valueOf(name());
    }
}
