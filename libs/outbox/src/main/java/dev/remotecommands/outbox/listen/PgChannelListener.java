package dev.remotecommands.outbox.listen;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;

import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One connection that LISTENs on a PostgreSQL channel until {@link #close()}, through database restarts and
 * failovers: when it cannot connect or loses its connection, it tries the next server of the datasource with back-off
 * (250 ms doubling up to 5 s), each time on a fresh {@link PgSubscriber} (one whose connect failed or whose
 * connection ended cannot be connected again: it forgets its channels). Open one with {@link PgChannelListeners}.
 * The callbacks run on a Vert.x event loop.
 */
public final class PgChannelListener {

    private static final Logger LOG = Logger.getLogger(PgChannelListener.class);
    private static final long FIRST_RETRY_DELAY_MS = 250;
    private static final long MAX_RETRY_DELAY_MS = 5_000;

    private final Vertx vertx;
    private final List<PgConnectOptions> servers;
    private final String channel;
    private final Runnable onSubscribed;
    private final Consumer<String> onNotification;
    /** The subscriber in charge; a callback of any other one is stale and ignored. */
    private final AtomicReference<PgSubscriber> current = new AtomicReference<>();
    private volatile boolean listening;
    private volatile boolean outageReported;

    // Guarded by this; never held while calling into a PgSubscriber, which calls back under its own lock.
    private boolean closed;
    private long retryTimer = -1;
    private int failedAttempts;
    private int server;

    PgChannelListener(Vertx vertx, List<PgConnectOptions> servers, String channel, Runnable onSubscribed,
            Consumer<String> onNotification) {
        this.vertx = vertx;
        this.servers = List.copyOf(servers);
        this.channel = channel;
        this.onSubscribed = onSubscribed;
        this.onNotification = onNotification;
    }

    /** Whether the LISTEN is in place now (notifications sent while it is not are lost). */
    public boolean listening() {
        return listening;
    }

    /** Stops listening for good: closes the connection and cancels any pending reconnect. */
    public void close() {
        PgSubscriber last;
        synchronized (this) {
            closed = true;
            if (retryTimer >= 0) {
                vertx.cancelTimer(retryTimer);
            }
            listening = false;
            last = current.getAndSet(null);
        }
        if (last != null) {
            last.close();
        }
    }

    void connect() {
        PgSubscriber fresh;
        synchronized (this) {
            if (closed) {
                return;
            }
            retryTimer = -1;
            fresh = PgSubscriber.subscriber(vertx, servers.get(server)); // no reconnect of its own: see retry
            current.set(fresh);
        }
        fresh.channel(channel)
                .subscribeHandler(ignored -> subscribed(fresh))
                .handler(onNotification::accept);
        fresh.closeHandler(ignored -> retry(fresh, "connection closed"));
        fresh.connect().onFailure(failure -> retry(fresh, failure.getMessage()));
    }

    private void subscribed(PgSubscriber subscriber) {
        if (current.get() != subscriber) {
            subscriber.close(); // closed (or replaced) while it was connecting
            return;
        }
        synchronized (this) {
            failedAttempts = 0;
        }
        listening = true;
        watchConnection(subscriber);
        if (outageReported) {
            outageReported = false;
            LOG.infof("LISTEN on PostgreSQL channel '%s' is back", channel);
        } else {
            LOG.debugf("LISTEN on PostgreSQL channel '%s'", channel);
        }
        onSubscribed.run();
    }

    /** Called once per subscriber at most: its connect failed, or its connection ended. */
    private void retry(PgSubscriber failed, String reason) {
        if (!current.compareAndSet(failed, null)) {
            return; // closed on purpose, or already being replaced
        }
        listening = false;
        failed.close(); // a failed connect leaves the subscriber half-open
        synchronized (this) {
            if (closed) {
                return;
            }
            long delay = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS << Math.min(failedAttempts, 6));
            failedAttempts++;
            server = (server + 1) % servers.size();
            retryTimer = vertx.setTimer(delay, id -> connect());
        }
        if (!outageReported) {
            outageReported = true;
            LOG.warnf("Cannot LISTEN on PostgreSQL channel '%s' (%s); reconnecting with back-off", channel, reason);
        }
    }

    /** Without a handler, Vert.x prints a connection's errors (e.g. the server shutting down) to stderr. */
    private void watchConnection(PgSubscriber subscriber) {
        PgConnection connection = subscriber.actualConnection();
        if (connection != null) {
            connection.exceptionHandler(failure -> LOG.infof("LISTEN connection for '%s' failed (%s); reconnecting",
                    channel, failure.getMessage()));
        }
    }
}
