package dev.remotecommands.contracts.vehicle;

public enum IgnitionState {
    ON,
    OFF
}
