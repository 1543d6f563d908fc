package dev.remotecommands.enrollment.rest;

import dev.remotecommands.contracts.constraints.WellFormedVin;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.problem.CommonProblems.MalformedVin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    @Schema(example = "{\"vin\": \"WVWZZZ1JZXW000001\", \"nickname\": \"Family car\"}")
    public record NewVehicle(
            @NotNull(payload = MalformedVin.class) @WellFormedVin(payload = MalformedVin.class)
            String vin,
            @Size(max = LONGEST_NAME, message = TOO_LONG) String nickname) {
    }

    @Schema(example = "{\"termsVersion\": \"2026-09\", \"termsAccepted\": true,"
            + " \"preferences\": {\"notifications\": true}}")
    public record Activation(String termsVersion, Boolean termsAccepted, Map<String, Object> preferences) {
    }

    @Schema(example = "{\"country\": \"FR\", \"number\": \"06 12 34 56 78\"}")
    public record Phone(String country, String number) {
    }

    @Schema(example = "{\"code\": \"123456\"}")
    public record Code(String code) {
    }

    @Schema(example = "{\"deviceId\": \"pixel-8-anna\", \"name\": \"Anna's Pixel\"}")
    public record NewDevice(
            @DeviceId String deviceId,
            @NotBlank(message = "is required: a short name the driver recognises.")
            @Size(max = LONGEST_NAME, message = TOO_LONG) String name) {
    }

    @Schema(example = "{\"deviceId\": \"pixel-8-anna\", \"safetyCode\": \"4821\", \"confirmation\": \"4821\"}")
    public record SafetyCode(@DeviceId String deviceId,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String safetyCode,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String confirmation, String resetCode) {
    }

    @Schema(example = "{\"deviceId\": \"pixel-8-anna\", \"currentSafetyCode\": \"4821\","
            + " \"safetyCode\": \"7390\", \"confirmation\": \"7390\"}")
    public record SafetyCodeChange(@DeviceId String deviceId,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String currentSafetyCode,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String safetyCode,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String confirmation) {
    }

    /** A new trusted phone, allowed by the safety code typed on a registered device. */
    @Schema(example = "{\"deviceId\": \"pixel-8-anna\", \"safetyCode\": \"4821\", \"country\": \"FR\","
            + " \"number\": \"07 98 76 54 32\"}")
    public record PhoneChange(@DeviceId String deviceId,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String safetyCode,
            String country, String number) {
    }

    @Schema(example = "{\"deviceId\": \"pixel-8-anna\"}")
    public record DeviceOnly(@DeviceId String deviceId) {
    }

    @Schema(example = "{\"deviceId\": \"pixel-8-anna\", \"safetyCode\": \"4821\"}")
    public record RemoteSession(@DeviceId String deviceId,
            @SafetyCodeFormat(payload = Problems.SafetyCodeMalformed.class) String safetyCode) {
    }

    /** Blanks around a name are not part of it; a blank name is no name. */
    static String trimmedName(String name) {
        return name == null || name.isBlank() ? null : name.trim();
    }
}
