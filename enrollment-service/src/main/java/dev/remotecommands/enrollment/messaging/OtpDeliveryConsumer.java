package dev.remotecommands.enrollment.messaging;

import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.events.OtpDeliveryReported;
import dev.remotecommands.enrollment.repository.CodeRequestRepository;
import dev.remotecommands.outbox.inbox.EventReader;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code OtpDeliveryReported}: what became of a code's SMS, kept on its request so the app can say "SMS could not
 * be sent". Writing the same report twice leaves the same values: idempotent.
 */
@ApplicationScoped
public class OtpDeliveryConsumer {

    private static final Logger LOG = Logger.getLogger(OtpDeliveryConsumer.class);

    private final EventReader reader;
    private final CodeRequestRepository requests;

    public OtpDeliveryConsumer(EventReader reader, CodeRequestRepository requests) {
        this.reader = reader;
        this.requests = requests;
    }

    @Incoming(Channels.OTP_DELIVERY_REPORTED_IN)
    public Uni<Void> reported(String payload) {
        return reader.handle(payload, OtpDeliveryReported.class, this::record);
    }

    private Uni<Void> record(OtpDeliveryReported report) {
        return Panache.withTransaction(() -> requests.recordDelivery(report.requestId(), report.accountId(),
                        report.status(), report.reason(), report.at()))
                .invoke(changed -> {
                    if (changed == 0) {
                        LOG.infof("delivery report for unknown code request %s: ignored", report.requestId());
                    }
                })
                .replaceWithVoid();
    }
}
