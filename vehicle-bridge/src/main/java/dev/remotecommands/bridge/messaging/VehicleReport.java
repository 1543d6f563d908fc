package dev.remotecommands.bridge.messaging;

/** A car's message, with the VIN taken from its topic. */
public record VehicleReport<T>(String vin, T payload) {
}
