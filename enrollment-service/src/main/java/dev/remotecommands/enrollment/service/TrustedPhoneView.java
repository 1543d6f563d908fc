package dev.remotecommands.enrollment.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.remotecommands.contracts.otp.OtpDeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * The trusted phone as the app shows it. {@code phone} is the number being verified while PENDING, else the defined
 * one; {@code definedPhone} is the number still in use while a new one waits for its code. {@code lastDelivery} is
 * what otp-service reported about the newest code's SMS (absent until it reported).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(example = "{\"phone\": \"+33 6 ** ** ** 78\", \"status\": \"PENDING\","
        + " \"definedPhone\": \"+33 7 ** ** ** 32\", \"lastDelivery\": {\"status\": \"SENT\","
        + " \"at\": \"2026-03-02T08:15:02Z\"}, \"codeExpiresAt\": \"2026-03-02T08:20:00Z\"}")
public record TrustedPhoneView(String phone, String status, String definedPhone, Delivery lastDelivery,
        Instant codeExpiresAt) {

    public static final String PENDING = "PENDING";
    public static final String DEFINED = "DEFINED";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delivery(OtpDeliveryStatus status, String reason, Instant at) {
    }
}
