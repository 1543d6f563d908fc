package dev.remotecommands.command.messaging;

import dev.remotecommands.command.service.Enrollments;
import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.outbox.inbox.EventReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code EnrollmentCompleted} and {@code EnrollmentRevoked}: who may command which car. */
@ApplicationScoped
public class EnrollmentConsumer {

    private final EventReader reader;
    private final Enrollments enrollments;

    public EnrollmentConsumer(EventReader reader, Enrollments enrollments) {
        this.reader = reader;
        this.enrollments = enrollments;
    }

    @Incoming(Channels.ENROLLMENT_COMPLETED_IN)
    public Uni<Void> completed(String payload) {
        return reader.handle(payload, EnrollmentCompleted.class, enrollments::record);
    }

    @Incoming(Channels.ENROLLMENT_REVOKED_IN)
    public Uni<Void> revoked(String payload) {
        return reader.handle(payload, EnrollmentRevoked.class, enrollments::record);
    }
}
