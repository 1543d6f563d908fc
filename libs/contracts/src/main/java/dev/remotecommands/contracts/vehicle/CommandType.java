package dev.remotecommands.contracts.vehicle;

/** What a driver can ask of the car. */
public enum CommandType {
    LOCK,
    UNLOCK,
    LIGHTS,
    HORN,
    REFRESH_STATE
}
