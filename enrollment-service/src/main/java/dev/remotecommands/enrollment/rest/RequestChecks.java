package dev.remotecommands.enrollment.rest;

import dev.remotecommands.contracts.Vin;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.service.SafetyCodeRule;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks of what the client sent in paths and bodies, each failing with a clear problem. */
final class RequestChecks {

    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int LONGEST_NAME = 64;

    private RequestChecks() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw Problems.invalidField("body", "is missing: send a JSON object (see /q/openapi).");
        }
        return body;
    }

    static String vin(String vin) {
        if (!Vin.isValid(vin)) {
            throw Problems.malformedVin(vin);
        }
        return vin;
    }

    static String deviceId(String deviceId) {
        if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
            throw Problems.invalidField("deviceId", "must be 1 to 64 letters, digits or . _ : - (the app's id of"
                    + " this phone).");
        }
        return deviceId;
    }

    /** A device id from a path: one that cannot exist names no device of the account. */
    static String knownDeviceId(String deviceId) {
        if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
            throw Problems.deviceNotFound(deviceId);
        }
        return deviceId;
    }

    static String name(String name, String field, boolean required) {
        if (name == null || name.isBlank()) {
            if (required) {
                throw Problems.invalidField(field, "is required: a short name the driver recognises.");
            }
            return null;
        }
        String trimmed = name.trim();
        if (trimmed.length() > LONGEST_NAME) {
            throw Problems.invalidField(field, "is longer than " + LONGEST_NAME + " characters.");
        }
        return trimmed;
    }

    /** A new safety code: 4 digits, typed twice alike, not too easy to guess. */
    static String newSafetyCode(String safetyCode, String confirmation) {
        if (!SafetyCodeRule.isWellFormed(safetyCode)) {
            throw Problems.safetyCodeMalformed("safetyCode");
        }
        if (!SafetyCodeRule.isWellFormed(confirmation)) {
            throw Problems.safetyCodeMalformed("confirmation");
        }
        if (!safetyCode.equals(confirmation)) {
            throw Problems.safetyCodeMismatch();
        }
        SafetyCodeRule.weakness(safetyCode).ifPresent(why -> {
            throw Problems.safetyCodeTooEasy(why);
        });
        return safetyCode;
    }

    static String safetyCode(String safetyCode) {
        if (!SafetyCodeRule.isWellFormed(safetyCode)) {
            throw Problems.safetyCodeMalformed("safetyCode");
        }
        return safetyCode;
    }

    static Optional<UUID> uuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
