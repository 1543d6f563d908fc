package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;

/**
 * One PostgreSQL LISTEN connection per instance: every status change committed by any instance is announced
 * with {@code pg_notify}, and this fans the ids out to the event streams open on this instance.
 */
@ApplicationScoped
public class StatusChangeListener {

    private static final Logger LOG = Logger.getLogger(StatusChangeListener.class);
    private static final long RECONNECT_DELAY_MS = 1_000;

    private final BroadcastProcessor<UUID> changes = BroadcastProcessor.create();
    private final Vertx vertx;
    private final String channel;
    private final PgConnectOptions connectOptions;
    private volatile PgSubscriber subscriber;

    public StatusChangeListener(Vertx vertx, CommandsConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.channel = config.events().notificationChannel();
        this.connectOptions = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(username)
                .setPassword(password);
    }

    /** Ids of the commands whose status changed from now on, on any instance. */
    public Multi<UUID> changes() {
        return changes;
    }

    void start(@Observes StartupEvent event) {
        PgSubscriber pgSubscriber = PgSubscriber.subscriber(vertx, connectOptions)
                // keep listening through database restarts; the streams' periodic re-read covers the gap
                .reconnectPolicy(retries -> RECONNECT_DELAY_MS);
        pgSubscriber.channel(channel).handler(this::onNotification);
        subscriber = pgSubscriber;
        pgSubscriber.connect()
                .onFailure().invoke(e -> LOG.warnf("cannot LISTEN for command status changes yet (%s); retrying",
                        e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(10)).indefinitely()
                .subscribe().with(connected -> LOG.debugf("listening for command status changes on '%s'", channel));
    }

    void stop(@Observes ShutdownEvent event) {
        PgSubscriber pgSubscriber = subscriber;
        if (pgSubscriber != null) {
            pgSubscriber.closeAndForget();
        }
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
