package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.repository.InFlightCommandRepository;
import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.mqtt.AckMessage;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/** Turns a car's ack into the command's terminal status. Only the first terminal status of a command counts. */
@ApplicationScoped
public class CarAnswerService {

    private static final Logger LOG = Logger.getLogger(CarAnswerService.class);

    private final InFlightCommandRepository commands;
    private final Reporter reporter;
    private final Clock clock;

    public CarAnswerService(InFlightCommandRepository commands, Reporter reporter, Clock clock) {
        this.commands = commands;
        this.reporter = reporter;
        this.clock = clock;
    }

    public Uni<Void> record(String vin, AckMessage ack) {
        Instant now = clock.instant();
        CommandAcked event = CarAnswers.toEvent(vin, ack, now);
        return Panache.withTransaction(() -> commands.finishAnswered(ack.commandId(), vin, event.status(), now)
                .chain(finished -> {
                    if (!finished) {
                        LOG.infof("Ack from %s for command %s ignored: unknown, another car's, or already finished",
                                vin, ack.commandId());
                        return Uni.createFrom().voidItem();
                    }
                    return reporter.commandAcked(event);
                }));
    }
}
