package dev.remotecommands.enrollment.rest;

import dev.remotecommands.contracts.constraints.WellFormedVin;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.problem.CommonProblems.MalformedVin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * The request bodies of the API, with the constraints of their form; the resources validate them ({@code @Valid}).
 * What is the domain's to judge (terms, phone numbers, one-time codes, too easy safety codes) the services check.
 */
public final class Bodies {

    /** The longest name a driver gives a car or a phone. */
    static final int LONGEST_NAME = 64;
    static final String MISSING = "is missing: send a JSON object (see /q/openapi).";
    private static final String TOO_LONG = "is longer than " + LONGEST_NAME + " characters.";

    private Bodies() {
    }

    public record NewVehicle(
            @NotNull(payload = MalformedVin.class) @WellFormedVin(payload = MalformedVin.class)
            String vin,
            @Size(max = LONGEST_NAME, message = TOO_LONG) String nickname) {
    }

    public record Activation(String termsVersion, Boolean termsAccepted, Map<String, Object> preferences) {
    }

    public record Phone(String country, String number) {
    }

    public record Code(String code) {
    }

    public record NewDevice(
            @DeviceId String deviceId,
            @NotBlank(message = "is required: a short name the driver recognises.")
            @Size(max = LONGEST_NAME, message = TOO_LONG) String name) {
    }

    public record SafetyCode(@DeviceId String deviceId,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String safetyCode,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String confirmation, String resetCode) {
    }

    public record SafetyCodeChange(@DeviceId String deviceId,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String currentSafetyCode,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String safetyCode,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String confirmation) {
    }

    /** A new trusted phone, allowed by the safety code typed on a registered device. */
    public record PhoneChange(@DeviceId String deviceId,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String safetyCode,
            String country, String number) {
    }

    public record DeviceOnly(@DeviceId String deviceId) {
    }

    public record RemoteSession(@DeviceId String deviceId,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String safetyCode) {
    }

    /** Blanks around a name are not part of it; a blank name is no name. */
    static String trimmedName(String name) {
        return name == null || name.isBlank() ? null : name.trim();
    }
}
