package dev.remotecommands.bridge.messaging;

import dev.remotecommands.bridge.service.IsolatedContext;
import dev.remotecommands.bridge.service.ProvisioningService;
import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.Topics;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * Consumes {@code EnrollmentCompleted} and {@code EnrollmentRevoked} (key VIN; groups
 * {@code vehicle-bridge.enrollment-completed} / {@code -revoked}): they decide which devices may command a car, and so
 * its provisioning. An unreadable record is nacked and goes to the topic's dead-letter topic while consumption goes on.
 */
@ApplicationScoped
public class EnrollmentConsumer {

    private static final Logger LOG = Logger.getLogger(EnrollmentConsumer.class);

    private final Payloads payloads;
    private final ProvisioningService provisioning;
    private final PassingFailures failures;
    private final IsolatedContext context;

    public EnrollmentConsumer(Payloads payloads, ProvisioningService provisioning, PassingFailures failures,
            IsolatedContext context) {
        this.payloads = payloads;
        this.provisioning = provisioning;
        this.failures = failures;
        this.context = context;
    }

    @Incoming(Channels.ENROLLMENT_COMPLETED_IN)
    public Uni<Void> completed(String payload) {
        return handle(Topics.ENROLLMENT_COMPLETED, payload, json -> {
            var event = payloads.enrollmentCompleted(json);
            return failures.retry(context.run(() -> provisioning.record(event)),
                    "EnrollmentCompleted of " + event.vin());
        });
    }

    @Incoming(Channels.ENROLLMENT_REVOKED_IN)
    public Uni<Void> revoked(String payload) {
        return handle(Topics.ENROLLMENT_REVOKED, payload, json -> {
            var event = payloads.enrollmentRevoked(json);
            return failures.retry(context.run(() -> provisioning.record(event)),
                    "EnrollmentRevoked of " + event.vin());
        });
    }

    private static Uni<Void> handle(String topic, String payload, Function<String, Uni<Void>> handling) {
        try {
            return handling.apply(payload);
        } catch (UnreadablePayload e) {
            LOG.warnf("Unreadable %s record sent to %s: %s", topic, Topics.deadLetter(topic), e.getMessage());
            return Uni.createFrom().failure(e);
        }
    }
}
