package dev.remotecommands.loadtest.replay;

import com.sun.net.httpserver.HttpServer;

import dev.remotecommands.contracts.CommandSignature;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two answers a restamped replay asks for, served on a free port: command-service's
 * {@code GET /v1/command-verification-key} and the simulator's {@code GET /v1/cars}, in their shapes.
 */
final class FakeStagingServices implements AutoCloseable {

    private final HttpServer server;
    private volatile PublicKey published;
    private volatile List<String> fleet = List.of();

    FakeStagingServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/v1/command-verification-key", exchange -> answer(exchange.getResponseBody(),
                exchange, "{\"algorithm\":\"Ed25519\",\"publicKey\":\"" + CommandSignature.encode(published) + "\"}"));
        server.createContext("/v1/cars", exchange -> answer(exchange.getResponseBody(), exchange,
                fleet.stream().map(vin -> "{\"vin\":\"" + vin + "\",\"presence\":\"ONLINE\",\"provisioned\":true}")
                        .collect(Collectors.joining(",", "[", "]"))));
        server.start();
    }

    void publish(PublicKey key) {
        published = key;
    }

    void fleet(List<String> vins) {
        fleet = List.copyOf(vins);
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static void answer(OutputStream body, com.sun.net.httpserver.HttpExchange exchange, String json)
            throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (body) {
            body.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
