package dev.remotecommands.command.messaging;

import dev.remotecommands.command.service.VehicleStates;
import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.events.VehicleStateReported;
import dev.remotecommands.outbox.inbox.EventReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code VehicleStateReported}: what the cars say about their doors, ignition, privacy mode and presence. */
@ApplicationScoped
public class VehicleStateConsumer {

    private final EventReader reader;
    private final VehicleStates states;

    public VehicleStateConsumer(EventReader reader, VehicleStates states) {
        this.reader = reader;
        this.states = states;
    }

    @Incoming(Channels.VEHICLE_STATE_REPORTED_IN)
    public Uni<Void> consume(String payload) {
        return reader.handle(payload, VehicleStateReported.class, states::record);
    }
}
