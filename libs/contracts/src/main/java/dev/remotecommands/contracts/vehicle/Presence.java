package dev.remotecommands.contracts.vehicle;

/** Whether the car is connected and awake. OFFLINE is the car's MQTT last will. */
public enum Presence {
    ONLINE,
    ASLEEP,
    OFFLINE
}
