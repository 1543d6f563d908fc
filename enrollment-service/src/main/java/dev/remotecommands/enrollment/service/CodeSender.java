package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.enrollment.CodeRequest;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import dev.remotecommands.enrollment.problem.Problems;
import dev.remotecommands.enrollment.repository.CodeRequestRepository;
import dev.remotecommands.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Asks otp-service for a code: the request row and {@code OtpRequested} are written in the caller's transaction
 * (outbox). One cooldown per purpose (and device) covers first sends and resends alike, so that posting the same
 * step again cannot be used to get around it.
 */
@ApplicationScoped
public class CodeSender {

    private final CodeRequestRepository requests;
    private final Outbox outbox;
    private final Duration ttl;
    private final Duration cooldown;
    private final Clock clock;

    public CodeSender(CodeRequestRepository requests, Outbox outbox, EnrollmentConfig config, Clock clock) {
        this.requests = requests;
        this.outbox = outbox;
        this.ttl = config.otp().codeTtl();
        this.cooldown = config.otp().resendCooldown();
        this.clock = clock;
    }

    /** Must run inside a transaction. Fails with 429 during the cooldown of the previous code. */
    public Uni<CodeRequest> send(String accountId, OtpPurpose purpose, String deviceId, String phone, int length) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return requests.newest(accountId, purpose, deviceId).chain(previous -> {
            if (previous != null) {
                Instant available = previous.getRequestedAt().plus(cooldown);
                if (now.isBefore(available)) {
                    return Uni.createFrom().failure(Problems.resendTooSoon(Duration.between(now, available)));
                }
            }
            CodeRequest request = CodeRequest.of(accountId, purpose, deviceId, phone, length, now, now.plus(ttl));
            OtpRequested event = new OtpRequested(request.getRequestId(), accountId, phone, purpose, length,
                    request.getExpiresAt(), now);
            return requests.persist(request)
                    .call(() -> outbox.enqueue(Topics.OTP_REQUESTED, accountId, event));
        });
    }

    /**
     * Must run inside a transaction. An SMS that tells rather than asks (e.g. to the old trusted phone: the number
     * was changed): otp-service sends it with its wording for the purpose and no code in it. No request row and no
     * cooldown here: nothing is ever verified under it, and otp-service's per-phone limits still apply.
     */
    public Uni<Void> notice(String accountId, OtpPurpose purpose, String phone) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return outbox.enqueue(Topics.OTP_REQUESTED, accountId, new OtpRequested(UUID.randomUUID(), accountId, phone,
                purpose, OneTimeCodes.PHONE_CODE_LENGTH, now.plus(ttl), now));
    }

    public CodeSent answer(CodeRequest request, String maskedPhone) {
        return new CodeSent(maskedPhone, request.getCodeLength(), request.getExpiresAt(),
                request.getRequestedAt().plus(cooldown));
    }
}
