package dev.remotecommands.contracts.events;

import static dev.remotecommands.contracts.Require.present;

import dev.remotecommands.contracts.Vin;
import dev.remotecommands.contracts.vehicle.CarState;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;

import java.time.Instant;
import java.util.UUID;

/**
 * Topic {@code CommandAcked}, key VIN: what the bridge learnt about a command. Either progress
 * ({@code WAKING_UP_VEHICLE}, {@code SENT_TO_VEHICLE}) or a terminal status: the car's answer, or the bridge's
 * own verdict ({@code EXPIRED}, {@code REJECTED}, {@code TIMED_OUT}). {@code failureCause} is set when the
 * command did not succeed; {@code state} when the car reported its condition with the answer.
 */
public record CommandAcked(UUID commandId, String vin, CommandStatus status, FailureCause failureCause,
        String reason, CarState state, Instant at) {

    public CommandAcked {
        present(commandId, "commandId");
        Vin.require(vin);
        present(status, "status");
        if (status == CommandStatus.ACCEPTED) {
            throw new IllegalArgumentException("status ACCEPTED is set by command-service, not acked");
        }
        present(at, "at");
    }
}
