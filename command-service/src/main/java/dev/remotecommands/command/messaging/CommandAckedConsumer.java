package dev.remotecommands.command.messaging;

import dev.remotecommands.command.service.CommandOutcomes;
import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.outbox.inbox.EventReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code CommandAcked}: progress and outcomes of commands, from the vehicle bridge. */
@ApplicationScoped
public class CommandAckedConsumer {

    private final EventReader reader;
    private final CommandOutcomes outcomes;

    public CommandAckedConsumer(EventReader reader, CommandOutcomes outcomes) {
        this.reader = reader;
        this.outcomes = outcomes;
    }

    @Incoming(Channels.COMMAND_ACKED_IN)
    public Uni<Void> consume(String payload) {
        return reader.handle(payload, CommandAcked.class, outcomes::record);
    }
}
