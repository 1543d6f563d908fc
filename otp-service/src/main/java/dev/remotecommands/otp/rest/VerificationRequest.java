package dev.remotecommands.otp.rest;

import dev.remotecommands.contracts.otp.OtpVerification;
import dev.remotecommands.otp.problem.Problems;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of a code check as otp-service reads it: the JSON of {@link OtpVerification.Request}, with the
 * constraints whose answers are this service's (the contract module knows no problems).
 */
public record VerificationRequest(
        @NotNull(payload = Problems.CodeRequired.class)
        @Pattern(regexp = "[0-9]{4,12}", payload = Problems.MalformedCode.class)
        String code) {
}
