package dev.remotecommands.simulator.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /v1/cars/{vin}/bluetooth-pairing}: what the phone hands the car over Bluetooth. */
public record PairingRequest(
        @NotBlank(message = "is required: the challenge of the pairing session.")
        @Size(max = PairingRequest.LONGEST, message = "is longer than " + PairingRequest.LONGEST
                + " characters; send the challenge of the pairing session as it was given.")
        String challenge,
        @NotBlank(message = "is required: the id of the phone being paired.")
        @Size(max = PairingRequest.LONGEST, message = "is longer than " + PairingRequest.LONGEST
                + " characters; send the id of the phone being paired as it was given.")
        String deviceId) {

    static final int LONGEST = 256;

    /** Braces escaped: a constraint message reads {@code {...}} as a parameter. */
    static final String REQUIRED = "Send \\{\"challenge\": \"...\", \"deviceId\": \"...\"\\}: the challenge of the"
            + " pairing session and the phone's device id.";
}
