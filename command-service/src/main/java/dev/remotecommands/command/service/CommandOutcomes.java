package dev.remotecommands.command.service;

import dev.remotecommands.command.Command;
import dev.remotecommands.command.CommandHistoryEntry;
import dev.remotecommands.command.metrics.CommandMetrics;
import dev.remotecommands.command.repository.CommandHistoryRepository;
import dev.remotecommands.command.repository.CommandRepository;
import dev.remotecommands.command.repository.StatusNotifier;
import dev.remotecommands.command.repository.VehicleStateRepository;
import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.vehicle.CarState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Applies what the bridge learnt about commands ({@code CommandAcked}) to them and to the cars' state. */
@ApplicationScoped
public class CommandOutcomes {

    private static final Logger LOG = Logger.getLogger(CommandOutcomes.class);

    private final CommandRepository commands;
    private final CommandHistoryRepository history;
    private final VehicleStateRepository vehicleStates;
    private final StatusNotifier notifier;
    private final Clock clock;
    @Inject
    CommandMetrics metrics;

    public CommandOutcomes(CommandRepository commands, CommandHistoryRepository history,
            VehicleStateRepository vehicleStates, StatusNotifier notifier, Clock clock) {
        this.commands = commands;
        this.history = history;
        this.vehicleStates = vehicleStates;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Moves the command one step along its lifecycle if the ack allows it; duplicates, late acks and
     * steps backwards change nothing. The car state an ack carries is merged like a state report.
     */
    public Uni<Void> record(CommandAcked ack) {
        return Panache.withTransaction(() -> commands.findForUpdate(ack.commandId())
                .chain(command -> {
                    if (command == null) {
                        LOG.debugf("ignoring an ack for unknown command %s", ack.commandId());
                        return Uni.createFrom().voidItem();
                    }
                    if (!command.getVin().equals(ack.vin())) {
                        LOG.warnf("ignoring an ack for command %s that names vehicle %s instead of %s",
                                ack.commandId(), ack.vin(), command.getVin());
                        return Uni.createFrom().voidItem();
                    }
                    return advance(command, ack).chain(() -> mergeState(ack));
                }));
    }

    private Uni<Void> advance(Command command, CommandAcked ack) {
        return CommandLifecycle.next(command.getStatus(), ack.status(), ack.failureCause())
                .map(step -> {
                    command.moveTo(step.status(), step.failureCause(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
                    metrics.reached(command.getType(), step.status(), command.getCreatedAt(), clock.instant());
                    return history.persist(new CommandHistoryEntry(command.getId(), step.status(), step.failureCause(),
                                    ack.at()))
                            .chain(() -> notifier.announce(command.getId()));
                })
                .orElseGet(() -> {
                    LOG.debugf("ack %s for command %s in status %s changes nothing", ack.status(), command.getId(),
                            command.getStatus());
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<Void> mergeState(CommandAcked ack) {
        CarState state = ack.state();
        if (state == null) {
            return Uni.createFrom().voidItem();
        }
        // The car's report is true whatever became of the command, so even a late ack updates it (if newer).
        return vehicleStates.merge(ack.vin(), state.doors(), state.ignition(), state.privacyMode(), null, ack.at());
    }
}
