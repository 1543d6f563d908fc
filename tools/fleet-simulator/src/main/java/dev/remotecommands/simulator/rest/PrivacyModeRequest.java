package dev.remotecommands.simulator.rest;

import dev.remotecommands.contracts.vehicle.PrivacyMode;

/** {@code PUT /v1/cars/{vin}/privacy-mode}: {@code {"mode": "SHARING" | "PRIVATE"}}. */
public record PrivacyModeRequest(PrivacyMode mode) {
}
