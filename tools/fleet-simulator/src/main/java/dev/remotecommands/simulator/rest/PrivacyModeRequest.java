package dev.remotecommands.simulator.rest;

import dev.remotecommands.contracts.vehicle.PrivacyMode;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /v1/cars/{vin}/privacy-mode}: {@code {"mode": "SHARING" | "PRIVATE"}}. */
public record PrivacyModeRequest(@NotNull(message = PrivacyModeRequest.REQUIRED) PrivacyMode mode) {

    /** Braces escaped: a constraint message reads {@code {...}} as a parameter. */
    static final String REQUIRED = "is required: send \\{\"mode\": \"SHARING\"\\} or \\{\"mode\": \"PRIVATE\"\\}.";
}
