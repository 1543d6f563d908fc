package dev.remotecommands.service.rest;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every service answers plain-text HTTP in HTTP/1.1 and does not take the {@code Upgrade: h2c} offer. The JDK's
 * HttpClient, a likely BFF client, makes that offer on the first request of every connection, POSTs with a body
 * included, and then multiplexes the whole BFF's traffic on one HTTP/2 connection, which the server may end with a
 * GOAWAY that fails the requests in flight (seen once in two starts of {@code ./run.sh}'s demo journey). HTTP/2
 * over TLS, negotiated by ALPN where TLS ends, is not affected.
 */
@ApplicationScoped
public class HttpServerProtocols implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
