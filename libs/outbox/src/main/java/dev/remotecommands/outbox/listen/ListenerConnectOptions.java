package dev.remotecommands.outbox.listen;

import io.vertx.pgclient.PgConnectOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Connect options for a LISTEN connection, one per server, derived from the service's reactive datasource settings. */
final class ListenerConnectOptions {

    private static final String QUARKUS_URL_PREFIX = "vertx-reactive:";
    /** A new URL starts wherever a scheme does: {@code postgresql://a/db, postgresql://b/db} is two. */
    private static final Pattern NEXT_URL = Pattern.compile(",\\s*(?=(vertx-reactive:)?postgres(ql)?://)");
    /** Scheme, optional user info, one or more comma-separated {@code host[:port]}, the rest ({@code /db?...}). */
    private static final Pattern HOSTS = Pattern.compile("^(postgres(?:ql)?://)([^@/?]*@)?([^/?]*)(.*)$");

    private ListenerConnectOptions() {
    }

    /**
     * @param reactiveUrls value of {@code quarkus.datasource.reactive.url}: one URL, or several for failover, each
     *        optionally prefixed with {@code vertx-reactive:}; a URL may also name several hosts
     *        ({@code postgresql://h1:5432,h2:5432/db})
     * @return the servers in the order they are written
     */
    static List<PgConnectOptions> from(String reactiveUrls, Optional<String> username, Optional<String> password) {
        List<PgConnectOptions> servers = new ArrayList<>();
        for (String url : NEXT_URL.split(reactiveUrls.trim())) {
            for (String oneHost : oneUrlPerHost(withoutQuarkusPrefix(url.trim()))) {
                PgConnectOptions options = PgConnectOptions.fromUri(oneHost);
                username.ifPresent(options::setUser);
                password.ifPresent(options::setPassword);
                servers.add(options);
            }
        }
        return List.copyOf(servers);
    }

    private static String withoutQuarkusPrefix(String url) {
        return url.startsWith(QUARKUS_URL_PREFIX) ? url.substring(QUARKUS_URL_PREFIX.length()) : url;
    }

    private static List<String> oneUrlPerHost(String url) {
        Matcher parts = HOSTS.matcher(url);
        if (!parts.matches() || !parts.group(3).contains(",")) {
            return List.of(url);
        }
        String userInfo = parts.group(2) == null ? "" : parts.group(2);
        return Arrays.stream(parts.group(3).split(","))
                .map(host -> parts.group(1) + userInfo + host.trim() + parts.group(4))
                .toList();
    }
}
