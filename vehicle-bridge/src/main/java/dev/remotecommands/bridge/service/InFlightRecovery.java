package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.repository.InFlightCommandRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Resumes the commands a previous process left in flight: overdue ones get their verdict, still-valid sent ones
 * are published again (the car de-duplicates by command id and re-sends its original ack), waiting ones keep
 * waiting for their car.
 */
@ApplicationScoped
public class InFlightRecovery {

    private static final Logger LOG = Logger.getLogger(InFlightRecovery.class);

    /** What one recovery did. */
    public record Outcome(int finished, int republished) {
    }

    private final DeadlineService deadlines;
    private final InFlightCommandRepository commands;
    private final Clock clock;

    public InFlightRecovery(DeadlineService deadlines, InFlightCommandRepository commands, Clock clock) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
    }

    public Uni<Outcome> resume() {
        return deadlines.finishAllOverdue().chain(finished -> {
            Instant now = clock.instant();
            return Panache.withSession(() -> commands.sentAndValid(now))
                    .chain(deadlines::republish)
                    .map(republished -> new Outcome(finished, republished));
        }).invoke(outcome -> LOG.infof("In-flight commands resumed: %d finished as overdue, %d published again",
                outcome.finished(), outcome.republished()));
    }
}
