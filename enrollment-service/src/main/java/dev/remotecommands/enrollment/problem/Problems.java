package dev.remotecommands.enrollment.problem;

import dev.remotecommands.enrollment.Step;
import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.problem.ViolationProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every problem this service answers with, each saying what went wrong and what to do. The request constraints name
 * theirs with the {@link ViolationProblem}s at the end; a constraint that names none is answered with the problem
 * module's {@code invalid-field}.
 */
public final class Problems {

    private Problems() {
    }

    // --- not found: anything that is not this account's ---

    public static ProblemException vehicleNotFound(String vin) {
        return new ProblemException(404, "vehicle-not-found", "Vehicle not found",
                "No vehicle " + vin + " is registered to your account. Register it first with POST /v1/vehicles.");
    }

    public static ProblemException deviceNotFound(String deviceId) {
        return new ProblemException(404, "device-not-found", "Device not found",
                "No device '" + deviceId + "' for your account. Start its registration with POST /v1/devices.");
    }

    public static ProblemException pairingSessionNotFound(String id) {
        return new ProblemException(404, "pairing-session-not-found", "Pairing session not found",
                "No pairing session " + id + " for this vehicle and account. Use the id returned by"
                        + " POST /v1/vehicles/{vin}/pairing-sessions.");
    }

    public static ProblemException trustedPhoneNotFound(String howToDefine) {
        return new ProblemException(404, "trusted-phone-not-found", "No trusted phone",
                "No trusted phone yet. " + howToDefine);
    }

    // --- malformed input ---

    public static ProblemException invalidPhoneNumber(String why) {
        return new ProblemException(422, "invalid-phone-number", "Invalid phone number",
                why + " Send the country as two letters (e.g. FR) and the number as dialled in that country"
                        + " (e.g. 06 12 34 56 78); it must be a mobile number that can receive SMS.");
    }

    public static ProblemException malformedCode(int length) {
        return new ProblemException(422, "malformed-code", "Malformed code",
                "The code must be exactly " + length + " digits, as received by SMS. No attempt was used.",
                Map.of("codeLength", length));
    }

    // --- activation and terms ---

    public static ProblemException termsNotAccepted() {
        return new ProblemException(422, "terms-not-accepted", "Terms not accepted",
                "Remote commands need the terms of use accepted: send termsAccepted: true after the driver"
                        + " accepted them (GET /v1/terms/remote-commands).");
    }

    public static ProblemException termsOutdated(String sent, String current) {
        return new ProblemException(422, "terms-outdated", "Terms version is not the current one",
                "Version '" + sent + "' is not the current terms of use. Show version " + current
                        + " (GET /v1/terms/remote-commands) and send its version.",
                Map.of("currentVersion", current));
    }

    // --- the journey ---

    /** A call out of order: it names the step the driver has to do first. */
    public static ProblemException stepRequired(Step next, String detail) {
        return new ProblemException(409, "step-required", "Another step comes first", detail,
                Map.of("nextStep", next.name()));
    }

    public static ProblemException activationRequired() {
        return stepRequired(Step.ACTIVATION, "Activate remote commands on one of your vehicles first:"
                + " POST /v1/vehicles/{vin}/remote-commands/activation with the accepted terms.");
    }

    public static ProblemException trustedPhoneRequired() {
        return stepRequired(Step.TRUSTED_PHONE, "Define your trusted phone number first: POST /v1/trusted-phone,"
                + " then POST /v1/trusted-phone/verification with the code received by SMS.");
    }

    public static ProblemException safetyCodeStepRequired() {
        return stepRequired(Step.SAFETY_CODE, "Register this device (POST /v1/devices, then its verification)"
                + " and set your safety code (PUT /v1/safety-code) first.");
    }

    public static ProblemException noSafetyCodeToReset() {
        return stepRequired(Step.SAFETY_CODE, "No safety code is set yet, so there is nothing to reset: set one with"
                + " PUT /v1/safety-code.");
    }

    public static ProblemException deviceNotRegistered(String deviceId) {
        return stepRequired(Step.SAFETY_CODE, "Device '" + deviceId + "' is not registered: register it with"
                + " POST /v1/devices and POST /v1/devices/{deviceId}/verification with the 9-digit SMS code.");
    }

    // --- one-time codes ---

    public static ProblemException noCodeRequested(String howToRequest) {
        return new ProblemException(409, "no-code-requested", "No code was requested",
                "There is no code to check or resend. " + howToRequest);
    }

    public static ProblemException resendTooSoon(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ProblemException(429, "resend-too-soon", "Too soon for a new code",
                "A code was sent just now; a new one can be asked for only after a short pause (against SMS"
                        + " floods). Wait " + seconds + " s, then ask again.",
                Map.of("retryAfterSeconds", seconds));
    }

    public static ProblemException wrongCode(int attemptsLeft) {
        return new ProblemException(422, "wrong-code", "Wrong code",
                "The code is not the one sent by SMS. " + attemptsLeft + " attempt(s) left; then ask for a new code.",
                Map.of("attemptsLeft", attemptsLeft));
    }

    public static ProblemException codeExpired() {
        return new ProblemException(410, "code-expired", "Code expired",
                "The code is no longer valid. Ask for a new one (the resend call) and type it within its lifetime.");
    }

    public static ProblemException codeExhausted() {
        return new ProblemException(429, "code-attempts-exhausted", "No attempts left",
                "This code cannot be checked any more: no attempts left. Ask for a new code (the resend call).",
                Map.of("attemptsLeft", 0));
    }

    public static ProblemException codeNotSentYet() {
        return new ProblemException(409, "code-not-sent-yet", "Code not sent yet",
                "The code has not been sent yet. Wait for the SMS, then type it; if none arrives, ask for a new one.");
    }

    public static ProblemException otpServiceUnavailable(Duration retryAfter) {
        return new ProblemException(503, "temporarily-unavailable", "Temporarily unavailable",
                "The code could not be checked right now (the one-time-code service does not answer). No attempt"
                        + " was used; try again in a few seconds.",
                Map.of("retryAfterSeconds", Math.max(1, retryAfter.toSeconds())));
    }

    // --- devices ---

    public static ProblemException deviceLimitReached(int max) {
        return new ProblemException(409, "device-limit-reached", "Device limit reached",
                "Your account already has " + max + " devices, the most allowed. Remove one you no longer use"
                        + " (GET /v1/devices, then DELETE /v1/devices/{deviceId}) and try again.",
                Map.of("maxDevices", max));
    }

    public static ProblemException deviceAlreadyRegistered(String deviceId) {
        return new ProblemException(409, "device-already-registered", "Device already registered",
                "Device '" + deviceId + "' is already registered to your account; there is nothing to verify."
                        + " To register it again, remove it first (DELETE /v1/devices/{deviceId}).");
    }

    public static ProblemException trustedPhoneAlreadyDefined() {
        return new ProblemException(409, "trusted-phone-already-defined", "Trusted phone already defined",
                "Your trusted phone is already defined. To change it, send your safety code from a registered device"
                        + " with the new number: PUT /v1/trusted-phone {deviceId, safetyCode, country, number}.");
    }

    // --- safety code ---

    public static ProblemException safetyCodeMalformed(String field) {
        return new ProblemException(422, "malformed-safety-code", "Malformed safety code",
                "'" + field + "' must be exactly 4 digits.", Map.of("field", field));
    }

    public static ProblemException safetyCodeMismatch() {
        return new ProblemException(422, "safety-code-mismatch", "Safety codes do not match",
                "The safety code and its confirmation differ. Type the same 4 digits twice.");
    }

    public static ProblemException safetyCodeTooEasy(String why) {
        return new ProblemException(422, "safety-code-too-easy", "Safety code too easy to guess",
                "This safety code is " + why + ". Choose 4 digits that are not repeated, not a run such as 1234"
                        + " or 9876, not a year and not a well-known code.");
    }

    public static ProblemException safetyCodeAlreadySet() {
        return new ProblemException(409, "safety-code-already-set", "Safety code already set",
                "Your safety code is already set. To change it, send the current one with the new one (POST"
                        + " /v1/safety-code/change), or, forgotten, ask for a reset code (POST /v1/safety-code/reset)"
                        + " and send it as resetCode with the new safety code.");
    }

    public static ProblemException wrongSafetyCode(int attemptsLeft) {
        return new ProblemException(422, "wrong-safety-code", "Wrong safety code",
                "The safety code is wrong. " + attemptsLeft + " attempt(s) left before it is locked. Forgotten?"
                        + " Reset it with POST /v1/safety-code/reset.",
                Map.of("attemptsLeft", attemptsLeft));
    }

    public static ProblemException safetyCodeLocked(Instant lockedUntil, Instant now) {
        long seconds = Math.max(1, Duration.between(now, lockedUntil).toSeconds());
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("lockedUntil", lockedUntil.toString());
        extensions.put("retryAfterSeconds", seconds);
        return new ProblemException(423, "safety-code-locked", "Safety code locked",
                "Too many wrong safety codes: it is locked until " + lockedUntil + ". Try again then, or reset it"
                        + " now through an SMS code (POST /v1/safety-code/reset).",
                extensions);
    }

    // --- the answers of violated request constraints (their payload) ---

    /** A device id of a path that cannot exist names no device of the account. */
    public static final class DeviceNotFound extends ViolationProblem {
        public DeviceNotFound() {
            super(violation -> deviceNotFound(violation.text()));
        }
    }

    /** A pairing-session id of a path that is no UUID names no session. */
    public static final class PairingSessionNotFound extends ViolationProblem {
        public PairingSessionNotFound() {
            super(violation -> pairingSessionNotFound(violation.text()));
        }
    }

    public static final class SafetyCodeMalformed extends ViolationProblem {
        public SafetyCodeMalformed() {
            super(violation -> safetyCodeMalformed(violation.field()));
        }
    }
}
