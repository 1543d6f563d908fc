package dev.remotecommands.outbox.relay;

import dev.remotecommands.outbox.Outbox;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Keeps one connection that LISTENs on {@link Outbox#NOTIFY_CHANNEL} and calls back on every notification
 * and on every (re)subscription, since notifications sent while the connection was down are lost.
 */
@ApplicationScoped
public class OutboxListener {

    private static final Logger LOG = Logger.getLogger(OutboxListener.class);
    private static final long MAX_RETRY_DELAY_MS = 10_000;

    private final Vertx vertx;
    private volatile PgSubscriber subscriber;
    private volatile boolean stopped;

    public OutboxListener(Vertx vertx) {
        this.vertx = vertx;
    }

    void start(PgConnectOptions options, Runnable onWakeUp) {
        stopped = false;
        PgSubscriber newSubscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(this::reconnectDelay);
        newSubscriber.channel(Outbox.NOTIFY_CHANNEL)
                .subscribeHandler(subscribed -> {
                    watchConnection(newSubscriber);
                    onWakeUp.run();
                })
                .handler(payload -> onWakeUp.run());
        subscriber = newSubscriber;
        connect(0);
    }

    void stop() {
        stopped = true;
        PgSubscriber current = subscriber;
        if (current != null) {
            current.close();
        }
    }

    boolean listening() {
        PgSubscriber current = subscriber;
        return current != null && current.actualConnection() != null;
    }

    /** Without a handler, Vert.x prints a connection's errors (e.g. the server shutting down) to stderr. */
    private void watchConnection(PgSubscriber current) {
        PgConnection connection = current.actualConnection();
        if (connection != null) {
            connection.exceptionHandler(failure -> LOG.infof(
                    "Outbox LISTEN connection failed (%s); reconnecting, the fallback poll carries on",
                    failure.getMessage()));
        }
    }

    private void connect(int attempt) {
        subscriber.connect().onFailure(failure -> {
            if (stopped) {
                return;
            }
            long delay = reconnectDelay(attempt);
            if (attempt == 0) {
                LOG.warnf("Outbox relay cannot LISTEN for new events (%s); retrying, the fallback poll carries on",
                        failure.getMessage());
            }
            // A failed first connect leaves the subscriber half-open; close it so that connect() starts over.
            subscriber.close();
            vertx.setTimer(delay, id -> {
                if (!stopped) {
                    connect(attempt + 1);
                }
            });
        });
    }

    private long reconnectDelay(int attempt) {
        if (stopped) {
            return -1;
        }
        if (attempt == 0) {
            LOG.debug("Outbox LISTEN connection (re)connecting");
        }
        return Math.min(MAX_RETRY_DELAY_MS, 250L << Math.min(attempt, 6));
    }
}
