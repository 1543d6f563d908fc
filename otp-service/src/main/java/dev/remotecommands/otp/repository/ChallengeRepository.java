package dev.remotecommands.otp.repository;

import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.otp.ChallengeStatus;
import dev.remotecommands.otp.OtpChallenge;
import dev.remotecommands.otp.service.SendingHistory;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * The challenges' writes on the sending path. Every method joins the caller's Panache transaction (the outbox
 * event of a decision is written in the same one).
 */
@ApplicationScoped
public class ChallengeRepository implements PanacheRepositoryBase<OtpChallenge, UUID> {

    private static final String LOCK = "select count(*) from pg_advisory_xact_lock(hashtextextended(:key, 0))";

    // Throttled requests do not count: a flood that is refused does not extend its own block.
    private static final String HISTORY = """
            select
              count(*) filter (where phone = :phone and purpose = :purpose and requested_at > :cooldownStart),
              count(*) filter (where phone = :phone and requested_at > :hourStart),
              count(*) filter (where account_id = :accountId and requested_at > :hourStart)
            from otp_challenge
            where status <> 'THROTTLED'
              and (phone = :phone or account_id = :accountId)
              and requested_at > least(cast(:cooldownStart as timestamptz), cast(:hourStart as timestamptz))
            """;

    private static final String INSERT_ONCE = """
            insert into otp_challenge (request_id, account_id, phone, purpose, code_length, code_mac, status, reason,
                attempts_left, requested_at, expires_at, created_at, updated_at)
            values (:requestId, :accountId, :phone, :purpose, :codeLength, :codeMac, :status, :reason,
                :attemptsLeft, :requestedAt, :expiresAt, :createdAt, :createdAt)
            on conflict (request_id) do nothing
            """;

    private static final String RECORD_OUTCOME = """
            update otp_challenge set status = :status, reason = :reason, provider_message = :providerMessage,
                updated_at = :now
            where request_id = :requestId and status = 'SENDING'
            """;

    /**
     * Serialises, until the end of the transaction, the sending decisions of one account and of one phone
     * (across instances), so that the limits counted next see every earlier decision. Always account first,
     * then phone: one order, no deadlock.
     */
    public Uni<Void> lockSenders(String accountId, String phone) {
        return lock("otp-account:" + accountId).chain(() -> lock("otp-phone:" + phone));
    }

    private Uni<Void> lock(String key) {
        return getSession().chain(session -> session.createNativeQuery(LOCK)
                        .setParameter("key", key)
                        .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<Boolean> exists(UUID requestId) {
        return count("requestId", requestId).map(count -> count > 0);
    }

    /** What went out before a request of this account to this phone for this purpose. */
    public Uni<SendingHistory> history(String accountId, String phone, OtpPurpose purpose, Instant cooldownStart,
            Instant hourStart) {
        return getSession().chain(session -> session.createNativeQuery(HISTORY, Object[].class)
                        .setParameter("phone", phone)
                        .setParameter("purpose", purpose.name())
                        .setParameter("accountId", accountId)
                        .setParameter("cooldownStart", cooldownStart)
                        .setParameter("hourStart", hourStart)
                        .getSingleResult())
                .map(row -> new SendingHistory(number(row[0]) > 0, number(row[1]), number(row[2])));
    }

    /** Inserts the challenge unless one with its request id exists; true when this call inserted it. */
    public Uni<Boolean> insertOnce(NewChallenge challenge) {
        return getSession().chain(session -> session.createNativeQuery(INSERT_ONCE)
                        .setParameter("requestId", challenge.requestId())
                        .setParameter("accountId", challenge.accountId())
                        .setParameter("phone", challenge.phone())
                        .setParameter("purpose", challenge.purpose().name())
                        .setParameter("codeLength", challenge.codeLength())
                        .setParameter("codeMac", challenge.codeMac())
                        .setParameter("status", challenge.status().name())
                        .setParameter("reason", challenge.reason())
                        .setParameter("attemptsLeft", challenge.attemptsLeft())
                        .setParameter("requestedAt", challenge.requestedAt())
                        .setParameter("expiresAt", challenge.expiresAt())
                        .setParameter("createdAt", challenge.createdAt())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Records what became of the SMS of a challenge still SENDING; true when this call recorded it. */
    public Uni<Boolean> recordOutcome(UUID requestId, ChallengeStatus status, String reason, String providerMessage,
            Instant now) {
        return getSession().chain(session -> session.createNativeQuery(RECORD_OUTCOME)
                        .setParameter("status", status.name())
                        .setParameter("reason", reason)
                        .setParameter("providerMessage", providerMessage)
                        .setParameter("now", now)
                        .setParameter("requestId", requestId)
                        .executeUpdate())
                .map(updated -> updated == 1);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
