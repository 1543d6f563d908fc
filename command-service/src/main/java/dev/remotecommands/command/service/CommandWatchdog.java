package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.command.metrics.CommandMetrics;
import dev.remotecommands.command.repository.CommandTimeouts;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The safety net when the bridge is gone: a command with no terminal status by its deadline plus
 * {@code commands.answer-grace} ends TIMED_OUT with cause NO_ANSWER, and the API says the outcome is unknown.
 */
@ApplicationScoped
public class CommandWatchdog {

    @Inject
    CommandMetrics metrics;

    private static final Logger LOG = Logger.getLogger(CommandWatchdog.class);

    private final CommandTimeouts timeouts;
    private final CommandsConfig config;
    private final Clock clock;

    public CommandWatchdog(CommandTimeouts timeouts, CommandsConfig config, Clock clock) {
        this.timeouts = timeouts;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "command-watchdog", every = "${commands.watchdog-interval:PT1S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the application stops: the database pool may already be closed
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> timeOutOverdueCommands() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return timeouts.timeOutExpiredBefore(now.minus(config.answerGrace()), config.watchdogBatchSize(), now,
                        config.events().notificationChannel())
                .invoke(timedOut -> {
                    if (!timedOut.isEmpty()) {
                        timedOut.forEach(command -> metrics.reached(command.type(), CommandStatus.TIMED_OUT,
                                command.acceptedAt(), now));
                        metrics.timedOut(timedOut.size());
                        LOG.infof("timed out %d command(s) without an answer: %s", timedOut.size(),
                                timedOut.stream().map(CommandTimeouts.TimedOut::id).toList());
                    }
                })
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("the command watchdog could not run, it will try again: %s", e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }
}
