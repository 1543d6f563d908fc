package dev.remotecommands.outbox.relay;

import dev.remotecommands.outbox.Outbox;
import dev.remotecommands.outbox.OutboxConfig;
import dev.remotecommands.outbox.listen.PgChannelListener;
import dev.remotecommands.outbox.listen.PgChannelListeners;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Relays the outbox to Kafka: drains right after a committed transaction announced new rows (NOTIFY),
 * and every {@code outbox.poll-interval} to catch missed notifications and retry failed sends.
 * Wake-ups are coalesced so that one drain runs at a time in this instance.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** While Kafka stays unreachable, repeat the warning at most this often. */
    private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

    private final OutboxDrain drain;
    private final PgChannelListeners listeners;
    private final OutboxConfig config;
    private final Vertx vertx;
    private final SingleFlight drains = new SingleFlight(this::drainOnce);

    private volatile Optional<PgChannelListener> listener = Optional.empty();
    private volatile long pollTimer = -1;
    private volatile RelayStatus status = RelayStatus.STARTING;
    // After a failed pass, try one event per pass until Kafka acknowledges again: no point in sending (and
    // logging) a hundred doomed records every poll while the broker is away.
    private volatile boolean probing;
    private volatile Instant lastWarning = Instant.MIN;
    private volatile int failedPassesInRow;

    public OutboxRelay(OutboxDrain drain, PgChannelListeners listeners, OutboxConfig config, Vertx vertx) {
        this.drain = drain;
        this.listeners = listeners;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent startup) {
        // drain after every (re)subscription too: notifications sent while the connection was down are lost
        listener = listeners.listen(Outbox.NOTIFY_CHANNEL, this::wakeUp, payload -> wakeUp());
        if (listener.isEmpty()) {
            LOG.warn("quarkus.datasource.reactive.url is not set: the outbox relay only polls, every "
                    + readable(config.pollInterval()));
        }
        pollTimer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> wakeUp());
        wakeUp();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        drains.stop();
        if (pollTimer >= 0) {
            vertx.cancelTimer(pollTimer);
        }
        listener.ifPresent(PgChannelListener::close);
    }

    /** Asks for a drain soon; coalesced with any drain already running or requested. */
    public void wakeUp() {
        drains.request();
    }

    /** The last known state of the relay, for the health check. */
    public RelayStatus status() {
        return status;
    }

    /** Whether the LISTEN connection is up (if not, events go out with the fallback poll). */
    public boolean listening() {
        return listener.map(PgChannelListener::listening).orElse(false);
    }

    private Uni<Boolean> drainOnce() {
        int limit = probing ? 1 : config.batchSize();
        return drain.drain(limit)
                .invoke(this::record)
                .call(result -> drain.settleLateSends(result.unsettled()).invoke(this::recordLateAcknowledgements))
                // a full batch means more rows are probably waiting: go again at once
                .map(result -> !result.hasFailures() && !result.otherRelayActive() && result.selected() == limit);
    }

    private void record(DrainResult result) {
        if (result.otherRelayActive()) {
            return; // that instance publishes and reports; this one knows nothing new
        }
        if (result.hasFailures()) {
            recordFailure(result);
        } else {
            recordSuccess();
        }
    }

    private void recordLateAcknowledgements(int acknowledged) {
        if (acknowledged > 0) {
            LOG.debugf("Kafka acknowledged %d outbox event(s) after the send timeout", acknowledged);
            recordSuccess();
        }
    }

    private void recordFailure(DrainResult result) {
        probing = true;
        failedPassesInRow++;
        status = RelayStatus.failing(result.firstFailure());
        Instant now = Instant.now();
        if (lastWarning.plus(WARNING_INTERVAL).isBefore(now)) {
            lastWarning = now;
            LOG.warnf("Outbox relay could not publish %d event(s): %s. Unpublished events stay in the outbox "
                    + "and are retried every %s.", result.failed(), describe(result.firstFailure()),
                    readable(config.pollInterval()));
        }
    }

    private void recordSuccess() {
        if (failedPassesInRow > 0) {
            LOG.infof("Outbox relay publishes to Kafka again after %d failed attempt(s)", failedPassesInRow);
        }
        probing = false;
        failedPassesInRow = 0;
        lastWarning = Instant.MIN;
        status = RelayStatus.OK;
    }

    private static String readable(Duration duration) {
        return duration.toString().substring(2).toLowerCase(); // PT1M30S -> 1m30s
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "unknown cause";
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
