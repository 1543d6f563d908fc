package dev.remotecommands.otp.messaging;

import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.otp.service.OtpRequests;
import dev.remotecommands.outbox.inbox.EventReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code OtpRequested} from enrollment-service. An unreadable or invalid record (the event's constructor checks the
 * phone and the code length) goes to {@code OtpRequested.DLQ} at once while consumption goes on; a failed handling
 * is retried, which is safe: {@link OtpRequests#handle} sends at most one SMS per request id.
 */
@ApplicationScoped
public class OtpRequestedConsumer {

    private final EventReader events;
    private final OtpRequests requests;

    public OtpRequestedConsumer(EventReader events, OtpRequests requests) {
        this.events = events;
        this.requests = requests;
    }

    @Incoming(Channels.OTP_REQUESTED_IN)
    public Uni<Void> consume(String payload) {
        return events.handle(payload, OtpRequested.class, requests::handle);
    }
}
