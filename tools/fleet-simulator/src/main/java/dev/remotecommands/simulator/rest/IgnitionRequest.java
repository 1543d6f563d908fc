package dev.remotecommands.simulator.rest;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /v1/cars/{vin}/ignition}: {@code {"on": true}} starts the engine. */
public record IgnitionRequest(@NotNull(message = IgnitionRequest.REQUIRED) Boolean on) {

    /** Braces escaped: a constraint message reads {@code {...}} as a parameter. */
    static final String REQUIRED = "is required: send \\{\"on\": true\\} to start the engine or \\{\"on\": false\\} to"
            + " stop it.";
}
