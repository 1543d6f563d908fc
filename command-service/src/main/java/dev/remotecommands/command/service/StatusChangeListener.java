package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.outbox.listen.PgChannelListener;
import dev.remotecommands.outbox.listen.PgChannelListeners;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * One PostgreSQL LISTEN connection per instance: every status change committed by any instance is announced
 * with {@code pg_notify}, and this fans the ids out to the event streams open on this instance. While the
 * connection is down (a database restart), the streams' periodic re-read carries on.
 */
@ApplicationScoped
public class StatusChangeListener {

    private static final Logger LOG = Logger.getLogger(StatusChangeListener.class);

    private final BroadcastProcessor<UUID> changes = BroadcastProcessor.create();
    private final PgChannelListeners listeners;
    private final String channel;
    private volatile Optional<PgChannelListener> listener = Optional.empty();

    public StatusChangeListener(PgChannelListeners listeners, CommandsConfig config) {
        this.listeners = listeners;
        this.channel = config.events().notificationChannel();
    }

    /** Ids of the commands whose status changed from now on, on any instance. */
    public Multi<UUID> changes() {
        return changes;
    }

    /** Whether status changes are heard as they happen (if not, only the streams' periodic re-read sees them). */
    public boolean listening() {
        return listener.map(PgChannelListener::listening).orElse(false);
    }

    void start(@Observes StartupEvent event) {
        // nothing to do on a (re)subscription: the streams' periodic re-read finds what was missed meanwhile
        listener = listeners.listen(channel, () -> { }, this::onNotification);
        if (listener.isEmpty()) {
            LOG.warn("quarkus.datasource.reactive.url is not set: event streams see status changes only when they"
                    + " re-read their command");
        }
    }

    void stop(@Observes ShutdownEvent event) {
        listener.ifPresent(PgChannelListener::close);
        changes.onComplete();
    }

    private void onNotification(String payload) {
        try {
            changes.onNext(UUID.fromString(payload));
        } catch (IllegalArgumentException e) {
            LOG.warnf("ignoring a '%s' notification that is not a command id: %s", channel, payload);
        }
    }
}
