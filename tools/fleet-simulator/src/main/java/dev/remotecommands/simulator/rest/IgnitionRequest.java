package dev.remotecommands.simulator.rest;

/** {@code PUT /v1/cars/{vin}/ignition}: {@code {"on": true}} starts the engine. */
public record IgnitionRequest(Boolean on) {
}
