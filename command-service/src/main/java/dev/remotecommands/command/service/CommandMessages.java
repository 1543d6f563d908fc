package dev.remotecommands.command.service;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;

/** What the driver reads about a command in each status. */
public final class CommandMessages {

    private CommandMessages() {
    }

    public static String of(CommandStatus status, FailureCause cause) {
        return switch (status) {
            case ACCEPTED -> "The command was accepted and is on its way to the vehicle.";
            case WAKING_UP_VEHICLE -> "The vehicle is asleep and is being woken up.";
            case SENT_TO_VEHICLE -> "The command was sent to the vehicle; waiting for its answer.";
            case SUCCEEDED -> "The vehicle carried out the command.";
            case ALREADY_DONE -> "Nothing to do: the vehicle was already in the requested state.";
            case TIMED_OUT -> FailureCause.NO_ANSWER.message();
            case FAILED, REJECTED, EXPIRED -> (cause != null ? cause : FailureCause.VEHICLE_ERROR).message();
        };
    }

    /** False while pending, and for TIMED_OUT: the command may or may not have been carried out. */
    public static boolean outcomeKnown(CommandStatus status) {
        return status.isTerminal() && status != CommandStatus.TIMED_OUT;
    }
}
