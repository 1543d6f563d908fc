package dev.remotecommands.enrollment.messaging;

import dev.remotecommands.contracts.Channels;
import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.enrollment.service.PairingService;
import dev.remotecommands.outbox.inbox.EventReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code VehiclePairingReported}: the car's confirmation (or not) of a pairing session. */
@ApplicationScoped
public class VehiclePairingConsumer {

    private final EventReader reader;
    private final PairingService pairing;

    public VehiclePairingConsumer(EventReader reader, PairingService pairing) {
        this.reader = reader;
        this.pairing = pairing;
    }

    @Incoming(Channels.VEHICLE_PAIRING_REPORTED_IN)
    public Uni<Void> reported(String payload) {
        return reader.handle(payload, VehiclePairingReported.class, pairing::reported);
    }
}
