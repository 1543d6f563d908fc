package dev.remotecommands.command.service;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;

import java.util.Optional;

/**
 * The command state machine: ACCEPTED → WAKING_UP_VEHICLE → SENT_TO_VEHICLE → exactly one terminal status.
 * Steps may be skipped (a car that is awake is never woken up) but never undone, and nothing follows a
 * terminal status, so duplicate, late or out-of-order reports change nothing.
 */
public final class CommandLifecycle {

    /** Where a command goes next, and why it did not succeed when that is the case. */
    public record Step(CommandStatus status, FailureCause failureCause) {
    }

    private CommandLifecycle() {
    }

    /**
     * The step a report leads to from the current status, or empty when the report must be ignored.
     * A terminal report without a cause gets the usual cause of that status.
     */
    public static Optional<Step> next(CommandStatus current, CommandStatus reported, FailureCause reportedCause) {
        if (current.isTerminal() || reported == CommandStatus.ACCEPTED || rank(reported) <= rank(current)) {
            return Optional.empty();
        }
        return Optional.of(new Step(reported, causeOf(reported, reportedCause)));
    }

    /** The watchdog's verdict: a pending command with no answer by its deadline plus grace. */
    public static Optional<Step> timeOut(CommandStatus current) {
        return next(current, CommandStatus.TIMED_OUT, FailureCause.NO_ANSWER);
    }

    private static FailureCause causeOf(CommandStatus status, FailureCause reported) {
        return switch (status) {
            case SUCCEEDED, ALREADY_DONE, WAKING_UP_VEHICLE, SENT_TO_VEHICLE, ACCEPTED -> null;
            case FAILED, REJECTED -> reported != null ? reported : FailureCause.VEHICLE_ERROR;
            case EXPIRED -> reported != null ? reported : FailureCause.COMMAND_EXPIRED;
            case TIMED_OUT -> reported != null ? reported : FailureCause.NO_ANSWER;
        };
    }

    private static int rank(CommandStatus status) {
        return switch (status) {
            case ACCEPTED -> 0;
            case WAKING_UP_VEHICLE -> 1;
            case SENT_TO_VEHICLE -> 2;
            default -> 3;
        };
    }
}
