package dev.remotecommands.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Step 3: a challenge the phone hands to the car over Bluetooth, waiting for the car to report it back. */
@Entity
@Table(name = "pairing_session")
public class PairingSession {

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Column(nullable = false, length = 17)
    private String vin;
    @Column(name = "device_id", nullable = false)
    private String deviceId;
    @Column(nullable = false)
    private String challenge;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PairingStatus status;
    @Enumerated(EnumType.STRING)
    private PairingFailure reason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected PairingSession() {
    }

    public static PairingSession waiting(String accountId, String vin, String deviceId, String challenge, Instant at,
            Instant expiresAt) {
        PairingSession session = new PairingSession();
        session.id = UUID.randomUUID();
        session.accountId = accountId;
        session.vin = vin;
        session.deviceId = deviceId;
        session.challenge = challenge;
        session.status = PairingStatus.WAITING_FOR_VEHICLE;
        session.createdAt = at;
        session.expiresAt = expiresAt;
        return session;
    }

    public boolean isWaiting() {
        return status == PairingStatus.WAITING_FOR_VEHICLE;
    }

    public boolean isOverdueAt(Instant now) {
        return isWaiting() && !now.isBefore(expiresAt);
    }

    public void fail(PairingFailure why, Instant at) {
        status = PairingStatus.FAILED;
        reason = why;
        finishedAt = at;
    }

    public void done(Instant at) {
        status = PairingStatus.DONE;
        finishedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getVin() {
        return vin;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getChallenge() {
        return challenge;
    }

    public PairingStatus getStatus() {
        return status;
    }

    public PairingFailure getReason() {
        return reason;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
