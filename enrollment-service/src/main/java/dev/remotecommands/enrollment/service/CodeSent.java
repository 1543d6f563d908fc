package dev.remotecommands.enrollment.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The answer to a code request: the code's length and lifetime, and when the next one may be asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(example = "{\"phone\": \"+33 6 ** ** ** 78\", \"codeLength\": 6, \"expiresAt\": \"2026-03-02T08:20:00Z\","
        + " \"resendAvailableAt\": \"2026-03-02T08:15:30Z\"}")
public record CodeSent(String phone, int codeLength, Instant expiresAt, Instant resendAvailableAt) {
}
