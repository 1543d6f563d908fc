package dev.remotecommands.command.messaging;

import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.grants.VehicleGrantRepository;
import dev.remotecommands.outbox.inbox.EventReader;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code EnrollmentCompleted} and {@code EnrollmentRevoked}: who may command which car. */
@ApplicationScoped
public class EnrollmentConsumer {

    private final EventReader reader;
    private final VehicleGrantRepository grants;

    public EnrollmentConsumer(EventReader reader, VehicleGrantRepository grants) {
        this.reader = reader;
        this.grants = grants;
    }

    @Incoming(Channels.ENROLLMENT_COMPLETED_IN)
    public Uni<Void> completed(String payload) {
        return reader.handle(payload, EnrollmentCompleted.class,
                completed -> Panache.withTransaction(() -> grants.record(completed)).replaceWithVoid());
    }

    @Incoming(Channels.ENROLLMENT_REVOKED_IN)
    public Uni<Void> revoked(String payload) {
        return reader.handle(payload, EnrollmentRevoked.class,
                revoked -> Panache.withTransaction(() -> grants.record(revoked)).replaceWithVoid());
    }
}
