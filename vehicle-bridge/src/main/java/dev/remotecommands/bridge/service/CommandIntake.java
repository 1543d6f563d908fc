package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.InFlightCommand;
import dev.remotecommands.bridge.Stage;
import dev.remotecommands.bridge.messaging.Payloads;
import dev.remotecommands.bridge.repository.InFlightCommandRepository;
import dev.remotecommands.bridge.repository.VehicleRepository;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.vehicle.CommandStatus;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Takes in a {@code CommandRequested}: stores it, decides its route from its deadline and the car's presence,
 * reports the step, and after commit publishes what the car must get. A command id already known changes nothing.
 */
@ApplicationScoped
public class CommandIntake {

    private static final Logger LOG = Logger.getLogger(CommandIntake.class);

    private final InFlightCommandRepository commands;
    private final VehicleRepository vehicles;
    private final WakeUps wakeUps;
    private final Reporter reporter;
    private final Deliveries deliveries;
    private final Payloads payloads;
    private final Clock clock;

    public CommandIntake(InFlightCommandRepository commands, VehicleRepository vehicles, WakeUps wakeUps,
            Reporter reporter, Deliveries deliveries, Payloads payloads, Clock clock) {
        this.commands = commands;
        this.vehicles = vehicles;
        this.wakeUps = wakeUps;
        this.reporter = reporter;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.clock = clock;
    }

    public Uni<Void> accept(CommandRequested request) {
        return Panache.withTransaction(() -> commands.isKnown(request.commandId())
                .chain(known -> {
                    if (known) {
                        LOG.debugf("Command %s already known: redelivery ignored", request.commandId());
                        return Uni.createFrom().item(List.<Delivery>of());
                    }
                    return route(request);
                }))
                .chain(deliveries::deliver);
    }

    private Uni<List<Delivery>> route(CommandRequested request) {
        Instant now = clock.instant();
        if (Deadlines.expiredOnArrival(request.expiresAt(), now)) {
            return finish(request, Verdict.EXPIRED_ON_ARRIVAL, now);
        }
        return vehicles.lockPresence(request.vin()).chain(presence -> switch (Route.of(presence,
                request.expiresAt(), now)) {
            case EXPIRE -> finish(request, Verdict.EXPIRED_ON_ARRIVAL, now);
            case SEND -> send(request, now);
            case WAIT -> store(request, Stage.WAITING_FOR_VEHICLE, null, now).replaceWith(List.<Delivery>of());
            case WAKE_UP -> wakeUp(request, now);
        });
    }

    private Uni<List<Delivery>> send(CommandRequested request, Instant now) {
        return store(request, Stage.SENT, null, now)
                .call(command -> reporter.progress(command, CommandStatus.SENT_TO_VEHICLE, now))
                .map(command -> List.of(Deliveries.commandOf(command)));
    }

    private Uni<List<Delivery>> wakeUp(CommandRequested request, Instant now) {
        return wakeUps.request(request.vin(), now).chain(decision -> switch (decision) {
            case LIMIT_REACHED -> finish(request, Verdict.WAKE_UP_LIMIT, now);
            case JOIN -> store(request, Stage.WAKING_UP, null, now)
                    .call(command -> reporter.progress(command, CommandStatus.WAKING_UP_VEHICLE, now))
                    .replaceWith(List.<Delivery>of());
            case SEND -> store(request, Stage.WAKING_UP, null, now)
                    .call(command -> reporter.progress(command, CommandStatus.WAKING_UP_VEHICLE, now))
                    .replaceWith(List.<Delivery>of(new Delivery.Wakeup(request.vin())));
        });
    }

    private Uni<List<Delivery>> finish(CommandRequested request, Verdict verdict, Instant now) {
        return store(request, Stage.FINISHED, verdict.status(), now)
                .call(command -> reporter.verdict(command.commandId, command.vin, verdict, now))
                .replaceWith(List.of());
    }

    private Uni<InFlightCommand> store(CommandRequested request, Stage stage, CommandStatus outcome, Instant now) {
        InFlightCommand command = new InFlightCommand();
        command.commandId = request.commandId();
        command.vin = request.vin();
        command.accountId = request.accountId();
        command.type = request.type();
        command.expiresAt = request.expiresAt();
        command.message = payloads.commandMessage(request);
        command.stage = stage;
        command.outcome = outcome;
        command.receivedAt = now;
        command.updatedAt = now;
        return commands.insertIfAbsent(command).map(inserted -> {
            if (!inserted) {
                // Another consumer stored the same id since our check: roll back and let the retry see it as known.
                throw new IllegalStateException("command " + request.commandId() + " was stored concurrently");
            }
            return command;
        });
    }
}
