package dev.remotecommands.contracts.events;

import static dev.remotecommands.contracts.Require.present;
import static dev.remotecommands.contracts.Require.text;

import dev.remotecommands.contracts.otp.OtpPurpose;

import java.time.Instant;
import java.util.UUID;

/**
 * Topic {@code OtpRequested}, key account id: send a one-time code of {@code codeLength} digits for a purpose to a
 * phone (E.164). {@code requestId} names the challenge: otp-service sends at most one SMS per request id, and
 * enrollment-service verifies the code under it. The code is valid until {@code expiresAt}.
 */
public record OtpRequested(UUID requestId, String accountId, String phone, OtpPurpose purpose, int codeLength,
        Instant expiresAt, Instant at) {

    public OtpRequested {
        present(requestId, "requestId");
        text(accountId, "accountId");
        text(phone, "phone");
        if (!phone.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("phone must be E.164, e.g. +33612345678");
        }
        present(purpose, "purpose");
        if (codeLength < 4 || codeLength > 12) {
            throw new IllegalArgumentException("codeLength must be between 4 and 12");
        }
        present(expiresAt, "expiresAt");
        present(at, "at");
    }
}
