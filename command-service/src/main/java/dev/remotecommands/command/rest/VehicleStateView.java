package dev.remotecommands.command.rest;

import dev.remotecommands.command.VehicleState;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The car's last known state; doors UNKNOWN and the rest null until the car reported them. */
@Schema(example = "{\"doors\": \"LOCKED\", \"ignition\": \"OFF\", \"privacyMode\": \"SHARING\","
        + " \"presence\": \"ASLEEP\", \"reportedAt\": \"2026-03-02T07:58:12Z\"}")
public record VehicleStateView(DoorState doors, IgnitionState ignition, PrivacyMode privacyMode, Presence presence,
        Instant reportedAt) {

    static VehicleStateView unknown() {
        return new VehicleStateView(DoorState.UNKNOWN, null, null, null, null);
    }

    static VehicleStateView of(VehicleState state) {
        return new VehicleStateView(state.getDoors() == null ? DoorState.UNKNOWN : state.getDoors(),
                state.getIgnition(), state.getPrivacyMode(), state.getPresence(), state.getReportedAt());
    }
}
