package dev.remotecommands.enrollment;

public enum PairingStatus {
    WAITING_FOR_VEHICLE,
    DONE,
    FAILED
}
