package dev.remotecommands.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A vehicle registered to an account, with the account's remote-commands subscription for it. */
@Entity
@Table(name = "vehicle")
public class Vehicle {

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Column(nullable = false, length = 17)
    private String vin;
    private String nickname;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subscription subscription;
    @Column(name = "terms_version")
    private String termsVersion;
    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> preferences;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "paired_at")
    private Instant pairedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Vehicle() {
    }

    public static Vehicle registered(String accountId, String vin, String nickname, Instant at) {
        Vehicle vehicle = new Vehicle();
        vehicle.id = UUID.randomUUID();
        vehicle.accountId = accountId;
        vehicle.vin = vin;
        vehicle.nickname = nickname;
        vehicle.registeredAt = at;
        vehicle.subscription = Subscription.NONE;
        return vehicle;
    }

    /** Accepting (again) the terms: a new or revoked subscription starts the journey; a running one keeps its state. */
    public void activate(String termsVersion, Map<String, Object> preferences, Instant at) {
        this.termsVersion = termsVersion;
        this.termsAcceptedAt = at;
        this.preferences = preferences;
        if (subscription == Subscription.NONE || subscription == Subscription.REVOKED) {
            subscription = Subscription.ACTIVATED;
            activatedAt = at;
            pairedAt = null;
            revokedAt = null;
        }
    }

    public void paired(Instant at) {
        subscription = Subscription.PAIRED;
        pairedAt = at;
    }

    /** The last paired device was removed: the car needs a pairing again. */
    public void unpaired() {
        if (subscription == Subscription.PAIRED) {
            subscription = Subscription.ACTIVATED;
            pairedAt = null;
        }
    }

    public void revoke(Instant at) {
        subscription = Subscription.REVOKED;
        revokedAt = at;
        pairedAt = null;
    }

    public boolean isSubscribed() {
        return subscription == Subscription.ACTIVATED || subscription == Subscription.PAIRED;
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

    public String getNickname() {
        return nickname;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Map<String, Object> getPreferences() {
        return preferences;
    }
}
