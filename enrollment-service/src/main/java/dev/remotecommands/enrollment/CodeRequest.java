package dev.remotecommands.enrollment;

import dev.remotecommands.contracts.otp.OtpDeliveryStatus;
import dev.remotecommands.contracts.otp.OtpPurpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One one-time code asked of otp-service ({@code OtpRequested}); the newest of a purpose (and device) counts. */
@Entity
@Table(name = "code_request")
public class CodeRequest {

    @Id
    @Column(name = "request_id")
    private UUID requestId;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OtpPurpose purpose;
    @Column(name = "device_id")
    private String deviceId;
    @Column(nullable = false)
    private String phone;
    @Column(name = "code_length", nullable = false)
    private int codeLength;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    private OtpDeliveryStatus deliveryStatus;
    @Column(name = "delivery_reason")
    private String deliveryReason;
    @Column(name = "delivery_at")
    private Instant deliveryAt;

    protected CodeRequest() {
    }

    public static CodeRequest of(String accountId, OtpPurpose purpose, String deviceId, String phone, int codeLength,
            Instant requestedAt, Instant expiresAt) {
        CodeRequest request = new CodeRequest();
        request.requestId = UUID.randomUUID();
        request.accountId = accountId;
        request.purpose = purpose;
        request.deviceId = deviceId;
        request.phone = phone;
        request.codeLength = codeLength;
        request.requestedAt = requestedAt;
        request.expiresAt = expiresAt;
        return request;
    }

    public void verified(Instant at) {
        verifiedAt = at;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getAccountId() {
        return accountId;
    }

    public OtpPurpose getPurpose() {
        return purpose;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getPhone() {
        return phone;
    }

    public int getCodeLength() {
        return codeLength;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public OtpDeliveryStatus getDeliveryStatus() {
        return deliveryStatus;
    }

    public String getDeliveryReason() {
        return deliveryReason;
    }

    public Instant getDeliveryAt() {
        return deliveryAt;
    }
}
