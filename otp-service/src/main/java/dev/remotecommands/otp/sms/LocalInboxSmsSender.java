package dev.remotecommands.otp.sms;

import dev.remotecommands.otp.SmsInboxMessage;
import dev.remotecommands.otp.repository.SmsInboxRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Provider {@code local}: the SMS lands in the local inbox table, read through {@code GET /dev/sms}. */
@ApplicationScoped
@Typed(LocalInboxSmsSender.class)
public class LocalInboxSmsSender implements SmsSender {

    private final SmsInboxRepository inbox;
    private final Clock clock;

    public LocalInboxSmsSender(SmsInboxRepository inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public Uni<SmsReceipt> send(String toE164, String body) {
        SmsInboxMessage message = new SmsInboxMessage(toE164, body, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return Panache.withTransaction(() -> inbox.persist(message))
                .map(saved -> new SmsReceipt("local-" + saved.id, "delivered"));
    }
}
