package dev.remotecommands.enrollment.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** The answer to a code request: the code's length and lifetime, and when the next one may be asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeSent(String phone, int codeLength, Instant expiresAt, Instant resendAvailableAt) {
}
