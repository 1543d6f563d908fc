package dev.remotecommands.otp;

import dev.remotecommands.contracts.otp.OtpPurpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One requested code (the aggregate). Written with explicit SQL in {@code ChallengeRepository} (insert-once,
 * atomic attempt use); mapped here for reading.
 */
@Entity
@Table(name = "otp_challenge")
public class OtpChallenge {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "account_id")
    public String accountId;

    public String phone;

    @Enumerated(EnumType.STRING)
    public OtpPurpose purpose;

    @Column(name = "code_length")
    public int codeLength;

    @Column(name = "code_mac")
    public byte[] codeMac;

    @Enumerated(EnumType.STRING)
    public ChallengeStatus status;

    public String reason;

    @Column(name = "provider_message")
    public String providerMessage;

    @Column(name = "attempts_left")
    public int attemptsLeft;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
