package dev.remotecommands.enrollment.problem;

import dev.remotecommands.problem.openapi.ProblemCatalogue;
import dev.remotecommands.problem.openapi.ProblemResponsesFilter;

import java.time.Duration;
import java.time.Instant;

/**
 * The problems of enrollment-service as its OpenAPI document shows them (mp.openapi.filter): one example of each,
 * built by the factories of {@link Problems}; the resource methods name theirs in {@code x-problems}.
 */
public class OpenApiProblems extends ProblemResponsesFilter {

    private static final String VIN = "WVWZZZ1JZXW000001";
    private static final String DEVICE = "pixel-8-anna";
    private static final Instant NOW = Instant.parse("2026-03-02T08:15:00Z");

    public static final ProblemCatalogue CATALOGUE = ProblemCatalogue.withCommonProblems()
            .add(Problems.vehicleNotFound(VIN))
            .add(Problems.deviceNotFound(DEVICE))
            .add(Problems.pairingSessionNotFound("0b8f6c1e-5d2a-4c7e-9f3b-1a2b3c4d5e6f"))
            .add(Problems.trustedPhoneNotFound("Send your number first: POST /v1/trusted-phone."))
            .add(Problems.invalidPhoneNumber("'01 23 45 67 89' is not a mobile number."))
            .add(Problems.malformedCode(6))
            .add(Problems.termsNotAccepted())
            .add(Problems.termsOutdated("2025-01", "2026-09"))
            .add("activation-required", Problems.activationRequired())
            .add("trusted-phone-required", Problems.trustedPhoneRequired())
            .add("safety-code-step-required", Problems.safetyCodeStepRequired())
            .add("no-safety-code-to-reset", Problems.noSafetyCodeToReset())
            .add("device-not-registered", Problems.deviceNotRegistered(DEVICE))
            .add(Problems.noCodeRequested("Ask for one: POST /v1/devices with this deviceId."))
            .add(Problems.resendTooSoon(Duration.ofSeconds(42)))
            .add(Problems.wrongCode(2))
            .add(Problems.codeExpired())
            .add(Problems.codeExhausted())
            .add(Problems.codeNotSentYet())
            .add("otp-service-unavailable", Problems.otpServiceUnavailable(Duration.ofSeconds(5)))
            .add(Problems.deviceLimitReached(3))
            .add(Problems.deviceAlreadyRegistered(DEVICE))
            .add(Problems.trustedPhoneAlreadyDefined())
            .add(Problems.safetyCodeMalformed("safetyCode"))
            .add(Problems.safetyCodeMismatch())
            .add(Problems.safetyCodeTooEasy("a run such as 1234"))
            .add(Problems.safetyCodeAlreadySet())
            .add(Problems.wrongSafetyCode(2))
            .add(Problems.safetyCodeLocked(NOW.plusSeconds(300), NOW))
            .build();

    public OpenApiProblems() {
        super(CATALOGUE);
    }
}
