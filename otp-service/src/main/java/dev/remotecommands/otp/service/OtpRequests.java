package dev.remotecommands.otp.service;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.OtpDeliveryReported;
import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.contracts.otp.OtpDeliveryStatus;
import dev.remotecommands.otp.ChallengeStatus;
import dev.remotecommands.otp.config.OtpConfig;
import dev.remotecommands.otp.metrics.OtpMetrics;
import dev.remotecommands.otp.repository.ChallengeRepository;
import dev.remotecommands.otp.repository.NewChallenge;
import dev.remotecommands.otp.sms.SmsSender;
import dev.remotecommands.otp.sms.SmsSendingException;
import dev.remotecommands.outbox.Outbox;
import dev.remotecommands.outbox.inbox.HandlingRetries;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Handles one {@code OtpRequested}, at most one SMS per request id:
 * <ol>
 * <li>transaction 1: under per-account and per-phone locks, skip a request already known, check the sending
 * limits, and insert the challenge once ({@code on conflict do nothing}) as SENDING with its code's MAC, or as
 * THROTTLED with its {@code OtpDeliveryReported} in the outbox;</li>
 * <li>after commit, only the delivery that inserted it sends the SMS (the plaintext code lives only in memory);</li>
 * <li>transaction 2: SENT or FAILED is recorded and reported through the outbox.</li>
 * </ol>
 * If the process dies between 1 and 3, the challenge stays SENDING and is never sent again (a redelivery finds
 * it); the driver asks for a resend, which is a new request.
 */
@ApplicationScoped
public class OtpRequests {

    static final String EXPIRED_BEFORE_SENDING = "EXPIRED_BEFORE_SENDING";

    private static final Logger LOG = Logger.getLogger(OtpRequests.class);

    private final ChallengeRepository challenges;
    private final SendingPolicy policy;
    private final CodeGenerator generator;
    private final CodeMac mac;
    private final SmsSender sms;
    private final Outbox outbox;
    private final OtpConfig config;
    private final Clock clock;
    @Inject
    OtpMetrics metrics;

    public OtpRequests(ChallengeRepository challenges, SendingPolicy policy, CodeGenerator generator, CodeMac mac,
            SmsSender sms, Outbox outbox, OtpConfig config, Clock clock) {
        this.challenges = challenges;
        this.policy = policy;
        this.generator = generator;
        this.mac = mac;
        this.sms = sms;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Safe to run again for the same request (the consumer's {@code EventReader} retries a failed handling): a failure
     * can only come from transaction 1, before any SMS, and a request already stored is never sent again.
     */
    public Uni<Void> handle(OtpRequested request) {
        return handle(request, sms);
    }

    /** With the given SMS adapter (tests exercise the HTTP one while the service runs on the local inbox). */
    Uni<Void> handle(OtpRequested request, SmsSender sender) {
        Instant receivedAt = now();
        Instant expiresAt = earliest(request.expiresAt().truncatedTo(ChronoUnit.MICROS),
                receivedAt.plus(config.codeTtl()));
        String code = generator.generate(request.codeLength());
        // Nothing has been sent before this commits, so a failing admission (database down) fails the whole handling,
        // which the consumer retries with back-off (a fresh code then: this one was never stored nor sent).
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> admit(request, code, receivedAt,
                        expiresAt)))
                .chain(admission -> admission == Admission.SEND
                        ? deliver(request, code, Duration.between(receivedAt, expiresAt), sender)
                        : Uni.createFrom().voidItem());
    }

    private Uni<Admission> admit(OtpRequested request, String code, Instant receivedAt, Instant expiresAt) {
        return challenges.lockSenders(request.accountId(), request.phone())
                .chain(() -> challenges.exists(request.requestId()))
                .chain(known -> known
                        ? Uni.createFrom().item(Admission.DUPLICATE)
                        : decide(request, code, receivedAt, expiresAt));
    }

    private Uni<Admission> decide(OtpRequested request, String code, Instant receivedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(receivedAt)) {
            return refuse(request, ChallengeStatus.FAILED, EXPIRED_BEFORE_SENDING, receivedAt, expiresAt);
        }
        Optional<String> country = PhoneCountry.of(request.phone());
        if (!policy.countryAllowed(country)) {
            return refuse(request, ChallengeStatus.THROTTLED, ThrottleReason.COUNTRY_NOT_ALLOWED.name(), receivedAt,
                    expiresAt);
        }
        return challenges.history(request.accountId(), request.phone(), request.purpose(),
                        policy.cooldownStart(request.at()), policy.hourStart(request.at()))
                .map(history -> policy.refusal(country, history))
                .chain(refusal -> refusal.isPresent()
                        ? refuse(request, ChallengeStatus.THROTTLED, refusal.get().name(), receivedAt, expiresAt)
                        : accept(request, code, receivedAt, expiresAt));
    }

    private Uni<Admission> accept(OtpRequested request, String code, Instant receivedAt, Instant expiresAt) {
        NewChallenge challenge = new NewChallenge(request.requestId(), request.accountId(), request.phone(),
                request.purpose(), request.codeLength(), mac.of(request.requestId(), code), ChallengeStatus.SENDING,
                null, config.maxAttempts(), request.at(), expiresAt, receivedAt);
        return challenges.insertOnce(challenge)
                .map(inserted -> inserted ? Admission.SEND : Admission.DUPLICATE);
    }

    /** Stores the request without a code and reports why it was not sent, in one transaction. */
    private Uni<Admission> refuse(OtpRequested request, ChallengeStatus status, String reason, Instant receivedAt,
            Instant expiresAt) {
        NewChallenge challenge = new NewChallenge(request.requestId(), request.accountId(), request.phone(),
                request.purpose(), request.codeLength(), null, status, reason, 0, request.at(), expiresAt,
                receivedAt);
        LOG.infof("not sending code %s (%s, account %s): %s", request.requestId(), request.purpose(),
                request.accountId(), reason);
        metrics.delivery(status.name(), reason);
        return challenges.insertOnce(challenge)
                .chain(inserted -> inserted
                        ? report(request, status == ChallengeStatus.THROTTLED ? OtpDeliveryStatus.THROTTLED
                                : OtpDeliveryStatus.FAILED, reason, receivedAt).replaceWith(Admission.REFUSED)
                        : Uni.createFrom().item(Admission.DUPLICATE));
    }

    private Uni<Void> deliver(OtpRequested request, String code, Duration validFor, SmsSender sender) {
        // Hibernate Reactive must continue on the consumer's Vert.x context, whatever thread the provider's
        // answer (or a retry timer) ends on.
        Context context = Vertx.currentContext();
        Uni<Delivery> delivery = Uni.createFrom().deferred(() -> sender.send(request.phone(),
                        SmsText.of(request.purpose(), code, validFor)))
                .map(receipt -> Delivery.sent())
                .onFailure().recoverWithItem(Delivery::failed);
        if (context != null) {
            delivery = delivery.emitOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return delivery.chain(outcome -> recordDelivery(request, outcome));
    }

    private Uni<Void> recordDelivery(OtpRequested request, Delivery delivery) {
        metrics.delivery(delivery.status().name(), delivery.reason());
        if (delivery.status() == ChallengeStatus.FAILED) {
            LOG.warnf("the SMS of code %s was not sent: %s %s", request.requestId(), delivery.reason(),
                    delivery.providerMessage());
        }
        Uni<Void> recording = Uni.createFrom().deferred(() -> Panache.withTransaction(() -> {
            Instant now = now();
            return challenges.recordOutcome(request.requestId(), delivery.status(), delivery.reason(),
                            delivery.providerMessage(), now)
                    .chain(recorded -> recorded
                            ? report(request, delivery.reportedStatus(), delivery.reason(), now)
                            : Uni.createFrom().voidItem());
        }));
        return HandlingRetries.retry(recording, "the delivery of code " + request.requestId())
                // The SMS is out (or surely not): the record must not go to the dead-letter topic, nor be handled
                // again. The challenge stays SENDING; the code still works.
                .onFailure().recoverWithItem(e -> {
                    LOG.errorf("could not record the delivery of code %s (%s): %s", request.requestId(),
                            delivery.status(), e.getMessage());
                    return null;
                });
    }

    private Uni<Void> report(OtpRequested request, OtpDeliveryStatus status, String reason, Instant at) {
        return outbox.enqueue(Topics.OTP_DELIVERY_REPORTED, request.accountId(),
                new OtpDeliveryReported(request.requestId(), request.accountId(), status, reason, at));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** What became of an SMS. */
    private record Delivery(ChallengeStatus status, String reason, String providerMessage) {

        static Delivery sent() {
            return new Delivery(ChallengeStatus.SENT, null, null);
        }

        static Delivery failed(Throwable failure) {
            if (failure instanceof SmsSendingException sending) {
                return new Delivery(ChallengeStatus.FAILED, sending.reason().name(), sending.getMessage());
            }
            return new Delivery(ChallengeStatus.FAILED, SmsSendingException.Reason.PROVIDER_ERROR.name(),
                    String.valueOf(failure));
        }

        OtpDeliveryStatus reportedStatus() {
            return status == ChallengeStatus.SENT ? OtpDeliveryStatus.SENT : OtpDeliveryStatus.FAILED;
        }
    }
}
