package dev.remotecommands.bridge.service;

import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;

/** The bridge's own terminal status for a command the car never answered, with its cause and a short reason. */
public record Verdict(CommandStatus status, FailureCause cause, String reason) {

    static final Verdict EXPIRED_ON_ARRIVAL = new Verdict(CommandStatus.EXPIRED, FailureCause.COMMAND_EXPIRED,
            "the command had expired when the bridge received it");
    static final Verdict NEVER_REACHED = new Verdict(CommandStatus.EXPIRED, FailureCause.VEHICLE_UNREACHABLE,
            "the vehicle did not come online before the command expired");
    static final Verdict NO_ANSWER = new Verdict(CommandStatus.TIMED_OUT, FailureCause.NO_ANSWER,
            "the vehicle did not answer by the deadline");
    static final Verdict WAKE_UP_LIMIT = new Verdict(CommandStatus.REJECTED, FailureCause.WAKE_UP_LIMIT_REACHED,
            "the vehicle is asleep and its wake-ups for this month are used up");
}
