package dev.remotecommands.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The account-level part of the certification, done once for all the account's cars: the trusted phone and the
 * safety code (only its keyed hash) with its lockout state.
 */
@Entity
@Table(name = "account_profile")
public class AccountProfile {

    @Id
    @Column(name = "account_id")
    private String accountId;
    /** The verified phone (E.164); codes of later steps go here. */
    @Column(name = "trusted_phone")
    private String trustedPhone;
    /** A phone waiting for its 6-digit code; it replaces the trusted one only once verified. */
    @Column(name = "pending_phone")
    private String pendingPhone;
    @Column(name = "safety_code_hash")
    private String safetyCodeHash;
    @Column(name = "safety_failed_attempts", nullable = false)
    private int safetyFailedAttempts;
    @Column(name = "safety_lock_level", nullable = false)
    private int safetyLockLevel;
    @Column(name = "safety_locked_until")
    private Instant safetyLockedUntil;
    /** Remote sessions issued before this have ended (RemoteSessionsEnded). */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    protected AccountProfile() {
    }

    public String getAccountId() {
        return accountId;
    }

    public String getTrustedPhone() {
        return trustedPhone;
    }

    public String getPendingPhone() {
        return pendingPhone;
    }

    public boolean hasTrustedPhone() {
        return trustedPhone != null;
    }

    public boolean hasSafetyCode() {
        return safetyCodeHash != null;
    }

    public String getSafetyCodeHash() {
        return safetyCodeHash;
    }

    public int getSafetyFailedAttempts() {
        return safetyFailedAttempts;
    }

    public int getSafetyLockLevel() {
        return safetyLockLevel;
    }

    public Instant getSafetyLockedUntil() {
        return safetyLockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return safetyLockedUntil != null && safetyLockedUntil.isAfter(now);
    }

    public void sessionsEndedBefore(Instant validFrom) {
        if (sessionsValidFrom == null || sessionsValidFrom.isBefore(validFrom)) {
            sessionsValidFrom = validFrom;
        }
    }

    /** When a session opened now is issued: never before the last end of sessions, else command-service drops it. */
    public Instant sessionIssuedAt(Instant now) {
        return sessionsValidFrom != null && sessionsValidFrom.isAfter(now) ? sessionsValidFrom : now;
    }

    public void phonePending(String phone) {
        pendingPhone = phone;
    }

    public void phoneVerified(String phone) {
        trustedPhone = phone;
        if (phone.equals(pendingPhone)) {
            pendingPhone = null;
        }
    }

    /** A new safety code: any lock and failure count are forgotten (the owner just proved the trusted phone). */
    public void safetyCodeSet(String hash) {
        safetyCodeHash = hash;
        safetyFailedAttempts = 0;
        safetyLockLevel = 0;
        safetyLockedUntil = null;
    }

    /** A new safety code from the owner who typed the current one: the lock escalation level stays. */
    public void safetyCodeChanged(String hash) {
        safetyCodeHash = hash;
        safetyFailedAttempts = 0;
    }

    public void safetyCodeRight() {
        safetyFailedAttempts = 0;
    }

    public void safetyCodeWrong() {
        safetyFailedAttempts++;
    }

    /** Locks until the given time and raises the escalation level; the failure count starts again. */
    public void lockUntil(Instant until) {
        safetyLockedUntil = until;
        safetyLockLevel++;
        safetyFailedAttempts = 0;
    }
}
