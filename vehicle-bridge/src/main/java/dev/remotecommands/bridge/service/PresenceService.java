package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.repository.InFlightCommandRepository;
import dev.remotecommands.bridge.repository.VehicleRepository;
import dev.remotecommands.contracts.events.VehicleStateReported;
import dev.remotecommands.contracts.mqtt.PresenceMessage;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.Presence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records a car's presence and reports it. A car coming ONLINE gets the commands that waited for it; a car that
 * reconnects ASLEEP while commands wait for it gets woken up (within its monthly cap).
 */
@ApplicationScoped
public class PresenceService {

    private final VehicleRepository vehicles;
    private final InFlightCommandRepository commands;
    private final WakeUps wakeUps;
    private final Reporter reporter;
    private final Deliveries deliveries;
    private final Clock clock;

    public PresenceService(VehicleRepository vehicles, InFlightCommandRepository commands, WakeUps wakeUps,
            Reporter reporter, Deliveries deliveries, Clock clock) {
        this.vehicles = vehicles;
        this.commands = commands;
        this.wakeUps = wakeUps;
        this.reporter = reporter;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public Uni<Void> record(String vin, PresenceMessage message) {
        Instant now = clock.instant();
        Instant at = message.at() != null ? message.at() : now;
        Presence presence = message.status();
        return Panache.withTransaction(() -> vehicles.recordPresence(vin, presence, at, now)
                .chain(changed -> {
                    if (!changed) {
                        return Uni.createFrom().item(List.<Delivery>of());
                    }
                    return reporter.vehicleState(new VehicleStateReported(vin, null, null, null, presence, at))
                            .chain(() -> switch (presence) {
                                case ONLINE -> sendWaiting(vin, now);
                                case ASLEEP -> wakeUpWaiting(vin, now);
                                case OFFLINE -> Uni.createFrom().item(List.<Delivery>of());
                            });
                }))
                .chain(deliveries::deliver);
    }

    private Uni<List<Delivery>> sendWaiting(String vin, Instant now) {
        return commands.sendWaiting(vin, now)
                .call(sent -> Sequence.each(sent,
                        command -> reporter.progress(command, CommandStatus.SENT_TO_VEHICLE, now)))
                .map(sent -> sent.stream().<Delivery>map(Deliveries::commandOf).toList());
    }

    private Uni<List<Delivery>> wakeUpWaiting(String vin, Instant now) {
        return commands.hasWaiting(vin, now).chain(waiting -> {
            if (!waiting) {
                return Uni.createFrom().item(List.<Delivery>of());
            }
            // Decide before moving the rows: once moved they would look like a wake-up already under way.
            return wakeUps.request(vin, now).chain(decision -> switch (decision) {
                case LIMIT_REACHED -> commands.finishWaiting(vin, Verdict.WAKE_UP_LIMIT.status(), now)
                        .call(rejected -> Sequence.each(rejected,
                                command -> reporter.verdict(command.commandId, vin, Verdict.WAKE_UP_LIMIT, now)))
                        .replaceWith(List.<Delivery>of());
                case JOIN -> startWakingUp(vin, now).replaceWith(List.<Delivery>of());
                case SEND -> startWakingUp(vin, now).replaceWith(List.<Delivery>of(new Delivery.Wakeup(vin)));
            });
        });
    }

    private Uni<Void> startWakingUp(String vin, Instant now) {
        return commands.startWakingUp(vin, now).chain(waking -> Sequence.each(waking,
                command -> reporter.progress(command, CommandStatus.WAKING_UP_VEHICLE, now)));
    }
}
