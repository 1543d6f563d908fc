package dev.remotecommands.bridge;

/** Where an in-flight command stands on its way to the car. */
public enum Stage {
    /** The car is offline: the command waits for presence ONLINE until its deadline. */
    WAITING_FOR_VEHICLE,
    /** A wake-up went to the sleeping car: the command waits for presence ONLINE until its deadline. */
    WAKING_UP,
    /** Published on {@code vehicles/{vin}/commands}: waiting for the car's ack until deadline plus grace. */
    SENT,
    /** A terminal status was reported; later acks for it are ignored. */
    FINISHED;

    /** True while the command has not reached the car yet. */
    public boolean isUnsent() {
        return this == WAITING_FOR_VEHICLE || this == WAKING_UP;
    }
}
