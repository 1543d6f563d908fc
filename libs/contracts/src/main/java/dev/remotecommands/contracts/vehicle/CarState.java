package dev.remotecommands.contracts.vehicle;

/** The car's own report of its condition, as carried in acks. */
public record CarState(DoorState doors, IgnitionState ignition, PrivacyMode privacyMode) {
}
