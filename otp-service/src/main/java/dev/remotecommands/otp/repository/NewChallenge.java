package dev.remotecommands.otp.repository;

import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.otp.ChallengeStatus;

import java.time.Instant;
import java.util.UUID;

/** A challenge as first stored: SENDING with its code's MAC, or THROTTLED / FAILED without a code. */
public record NewChallenge(UUID requestId, String accountId, String phone, OtpPurpose purpose, int codeLength,
        byte[] codeMac, ChallengeStatus status, String reason, int attemptsLeft, Instant requestedAt,
        Instant expiresAt, Instant createdAt) {
}
