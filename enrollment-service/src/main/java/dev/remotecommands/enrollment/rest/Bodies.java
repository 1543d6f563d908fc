package dev.remotecommands.enrollment.rest;

import java.util.Map;

/** The request bodies of the API, read as sent; {@link RequestChecks} validates them. */
public final class Bodies {

    private Bodies() {
    }

    public record NewVehicle(String vin, String nickname) {
    }

    public record Activation(String termsVersion, Boolean termsAccepted, Map<String, Object> preferences) {
    }

    public record Phone(String country, String number) {
    }

    public record Code(String code) {
    }

    public record NewDevice(String deviceId, String name) {
    }

    public record SafetyCode(String deviceId, String safetyCode, String confirmation, String resetCode) {
    }

    public record DeviceOnly(String deviceId) {
    }

    public record RemoteSession(String deviceId, String safetyCode) {
    }
}
