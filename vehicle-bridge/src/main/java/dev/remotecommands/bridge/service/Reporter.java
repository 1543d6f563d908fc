package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.InFlightCommand;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.contracts.events.VehicleStateReported;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.outbox.Outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * Announces what happened to commands and cars (and the pairings cars saw). Every event goes through the outbox, inside the caller's
 * transaction, so it is published if and only if the row change that caused it commits. Key: the VIN.
 */
@ApplicationScoped
public class Reporter {

    private final Outbox outbox;

    public Reporter(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> progress(InFlightCommand command, CommandStatus status, Instant at) {
        return commandAcked(new CommandAcked(command.commandId, command.vin, status, null, null, null, at));
    }

    public Uni<Void> verdict(UUID commandId, String vin, Verdict verdict, Instant at) {
        return commandAcked(new CommandAcked(commandId, vin, verdict.status(), verdict.cause(), verdict.reason(),
                null, at));
    }

    public Uni<Void> commandAcked(CommandAcked event) {
        return outbox.enqueue(Topics.COMMAND_ACKED, event.vin(), event);
    }

    public Uni<Void> pairingReported(VehiclePairingReported event) {
        return outbox.enqueue(Topics.VEHICLE_PAIRING_REPORTED, event.vin(), event);
    }

    public Uni<Void> vehicleState(VehicleStateReported event) {
        return outbox.enqueue(Topics.VEHICLE_STATE_REPORTED, event.vin(), event);
    }
}
