package dev.remotecommands.simulator;

import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;

import java.util.List;

/**
 * A car as {@code GET /v1/cars/{vin}} shows it. {@code presence} is OFFLINE while the car has no broker
 * connection; {@code lights} and {@code horn} are true while they are on; {@code provisioned} is true while the
 * platform's retained provisioning turns remote control on, and {@code devices} lists the phones it authorised.
 */
public record CarSnapshot(String vin, DoorState doors, boolean lights, boolean horn, IgnitionState ignition,
        PrivacyMode privacyMode, Presence presence, boolean provisioned, List<String> devices,
        ExecutedCommands executedCommands) {

    /** How many commands the car executed, and the most recent ones, newest first. */
    public record ExecutedCommands(long count, List<ExecutedCommand> recent) {
    }
}
