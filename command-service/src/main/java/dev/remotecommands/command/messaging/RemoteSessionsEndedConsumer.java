package dev.remotecommands.command.messaging;

import dev.remotecommands.command.repository.RemoteSessionFloorRepository;
import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.events.RemoteSessionsEnded;
import dev.remotecommands.outbox.inbox.EventReader;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code RemoteSessionsEnded}: the account's sessions issued before a moment no longer command anything. */
@ApplicationScoped
public class RemoteSessionsEndedConsumer {

    private final EventReader reader;
    private final RemoteSessionFloorRepository floors;

    public RemoteSessionsEndedConsumer(EventReader reader, RemoteSessionFloorRepository floors) {
        this.reader = reader;
        this.floors = floors;
    }

    @Incoming(Channels.REMOTE_SESSIONS_ENDED_IN)
    public Uni<Void> ended(String payload) {
        return reader.handle(payload, RemoteSessionsEnded.class,
                ended -> Panache.withTransaction(() -> floors.record(ended)).replaceWithVoid());
    }
}
