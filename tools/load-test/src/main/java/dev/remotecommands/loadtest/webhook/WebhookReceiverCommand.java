package dev.remotecommands.loadtest.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./load-test webhook-receiver}: a BFF's webhook endpoint on this machine, to watch command-service push
 * outcomes. It checks each delivery as a BFF must (the signature over id, timestamp and body with the shared
 * secret; a timestamp at most 5 minutes old; an event id not seen before) and prints one line per delivery.
 */
@Command(name = "webhook-receiver", mixinStandardHelpOptions = true,
        description = "Receive command-service's webhook deliveries on http://localhost:<port>/hooks, check their"
                + " signature, and print them. Register it first: PUT /v1/webhook"
                + " {\"url\":\"http://localhost:<port>/hooks\",\"secret\":\"<secret>\"}.")
public final class WebhookReceiverCommand implements Runnable {

    @Option(names = "--port", defaultValue = "9999", description = "Port to listen on (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--secret", required = true, description = "The secret given to PUT /v1/webhook (32+ chars).")
    String secret;

    @Option(names = "--fail-first", defaultValue = "0",
            description = "Answer 503 to the first N deliveries, to watch the retries (default ${DEFAULT-VALUE}).")
    int failFirst;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger received = new AtomicInteger();

    @Override
    public void run() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            server.createContext("/hooks", this::deliver);
            server.start();
            System.out.println("[webhook-receiver] listening on http://localhost:" + port + "/hooks (Ctrl-C stops)");
            new CountDownLatch(1).await();
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = exchange.getRequestHeaders().getFirst(DeliveryCheck.ID_HEADER);
        String timestamp = exchange.getRequestHeaders().getFirst(DeliveryCheck.TIMESTAMP_HEADER);
        String signature = exchange.getRequestHeaders().getFirst(DeliveryCheck.SIGNATURE_HEADER);
        String verdict = DeliveryCheck.verdict(secret, id, timestamp, signature, body, Instant.now());
        int number = received.incrementAndGet();
        int status;
        if (!verdict.isEmpty()) {
            status = 400;
        } else if (number <= failFirst) {
            status = 503;
            verdict = "answered 503 on purpose (--fail-first " + failFirst + ")";
        } else {
            status = 204;
            verdict = seen.add(id) ? "ok" : "ok, a repeat of an event already received (de-duplicated)";
        }
        System.out.printf("[webhook-receiver] #%d %s → %d (%s) %s%n", number, id, status, verdict, body);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
