package dev.remotecommands.contracts.vehicle;

public enum DoorState {
    LOCKED,
    UNLOCKED,
    UNKNOWN
}
