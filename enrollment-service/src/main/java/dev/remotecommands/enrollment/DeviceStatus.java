package dev.remotecommands.enrollment;

public enum DeviceStatus {
    /** A 9-digit code was sent to the trusted phone; not usable yet. */
    PENDING,
    /** The code was verified: the device may set the safety code, pair and open remote sessions. */
    REGISTERED
}
