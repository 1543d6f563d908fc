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
 * connection is down (a database restart), the streams' periodic re-read carries on; once it is back, every
 * stream re-reads at once.
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

    /**
     * Stands for "any command may have changed": sent when LISTEN is (re)established, since notifications sent
     * while it was down (a database restart) are lost, so that every open stream re-reads at once.
     */
    static final UUID ANY_COMMAND = new UUID(0, 0);

    /** Ids of the commands whose status changed from now on, on any instance (and {@link #ANY_COMMAND}). */
    public Multi<UUID> changes() {
        return changes;
    }

    /** Signals, from now on, that this command's status may have changed (on any instance): read it again. */
    public Multi<UUID> changesOf(UUID commandId) {
        return changes.select().where(id -> id.equals(commandId) || id.equals(ANY_COMMAND));
    }

    /** Whether status changes are heard as they happen (if not, only the streams' periodic re-read sees them). */
    public boolean listening() {
        return listener.map(PgChannelListener::listening).orElse(false);
    }

    void start(@Observes StartupEvent event) {
        listener = listeners.listen(channel, () -> changes.onNext(ANY_COMMAND), this::onNotification);
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
