package dev.remotecommands.outbox.listen;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens {@link PgChannelListener}s on the default datasource: {@code quarkus.datasource.reactive.url} (every server
 * of a failover list), {@code quarkus.datasource.username} and {@code quarkus.datasource.password}.
 */
@ApplicationScoped
public class PgChannelListeners {

    private final Vertx vertx;
    private final Optional<List<PgConnectOptions>> servers;

    public PgChannelListeners(Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.servers = reactiveUrl.map(urls -> ListenerConnectOptions.from(urls, username, password));
    }

    /**
     * Starts listening on the channel until the returned listener is closed (do so at shutdown).
     *
     * @param onSubscribed runs on every (re)subscription: notifications sent while the connection was down are lost
     * @param onNotification gets each notification's payload
     * @return empty when the datasource has no reactive URL to listen on
     */
    public Optional<PgChannelListener> listen(String channel, Runnable onSubscribed, Consumer<String> onNotification) {
        return servers.map(list -> {
            PgChannelListener listener = new PgChannelListener(vertx, list, channel, onSubscribed, onNotification);
            listener.connect();
            return listener;
        });
    }
}
