package dev.remotecommands.bridge.service;

import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;

import java.time.Instant;

/** How a car's ack becomes the {@code CommandAcked} event. */
public final class CarAnswers {

    private CarAnswers() {
    }

    public static CommandAcked toEvent(String vin, AckMessage ack, Instant receivedAt) {
        CommandStatus status = ack.outcome().toStatus();
        boolean succeeded = status == CommandStatus.SUCCEEDED || status == CommandStatus.ALREADY_DONE;
        FailureCause cause = succeeded ? null : FailureCause.fromReason(ack.reason());
        Instant at = ack.at() != null ? ack.at() : receivedAt;
        return new CommandAcked(ack.commandId(), vin, status, cause, ack.reason(), ack.state(), at);
    }
}
