package dev.remotecommands.outbox.relay;

import io.vertx.pgclient.PgConnectOptions;

import java.util.Optional;

/** Connect options for the LISTEN connection, derived from the service's reactive datasource settings. */
final class ListenerConnectOptions {

    private static final String QUARKUS_URL_PREFIX = "vertx-reactive:";

    private ListenerConnectOptions() {
    }

    /**
     * @param reactiveUrls value of {@code quarkus.datasource.reactive.url}: one URL, or several for failover
     *        (the first is used), optionally prefixed with {@code vertx-reactive:}
     */
    static PgConnectOptions from(String reactiveUrls, Optional<String> username, Optional<String> password) {
        String first = reactiveUrls.split(",")[0].trim();
        if (first.startsWith(QUARKUS_URL_PREFIX)) {
            first = first.substring(QUARKUS_URL_PREFIX.length());
        }
        PgConnectOptions options = PgConnectOptions.fromUri(first);
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options;
    }
}
