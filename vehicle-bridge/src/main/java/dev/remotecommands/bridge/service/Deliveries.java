package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.InFlightCommand;
import dev.remotecommands.bridge.messaging.BrokerSession;
import dev.remotecommands.bridge.messaging.Payloads;
import dev.remotecommands.bridge.repository.InFlightCommandRepository;
import dev.remotecommands.contracts.mqtt.VehicleTopics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes messages to cars after the deciding transaction has committed, and records which commands reached the
 * broker. Never fails: a command that could not be published stays unconfirmed and the sweep publishes it again
 * (the car ignores a command id it already ran, so a second copy is harmless).
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final BrokerSession broker;
    private final Payloads payloads;
    private final InFlightCommandRepository commands;
    private final Clock clock;

    public Deliveries(BrokerSession broker, Payloads payloads, InFlightCommandRepository commands, Clock clock) {
        this.broker = broker;
        this.payloads = payloads;
        this.commands = commands;
        this.clock = clock;
    }

    public static Delivery.Command commandOf(InFlightCommand command) {
        return new Delivery.Command(command.commandId, command.vin, command.message);
    }

    public Uni<Void> deliver(List<? extends Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> published = new ArrayList<>();
        return Sequence.each(deliveries, delivery -> publish(delivery)
                .invoke(() -> {
                    if (delivery instanceof Delivery.Command command) {
                        published.add(command.commandId());
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Could not publish to car %s (%s); it will be tried again", delivery.vin(),
                            failure.getMessage());
                    return null;
                }))
                .chain(() -> confirm(published));
    }

    private Uni<Void> publish(Delivery delivery) {
        if (delivery instanceof Delivery.Command command) {
            return broker.publish(VehicleTopics.of(command.vin(), VehicleTopics.COMMANDS), command.message());
        }
        return broker.publish(VehicleTopics.of(delivery.vin(), VehicleTopics.WAKEUP),
                payloads.wakeupMessage(clock.instant()));
    }

    private Uni<Void> confirm(List<UUID> published) {
        if (published.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> commands.markPublished(published, clock.instant()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    // Unconfirmed commands are only published again, which the car tolerates.
                    LOG.warnf("Could not record the publication of %d command(s): %s", published.size(),
                            failure.getMessage());
                    return null;
                });
    }
}
