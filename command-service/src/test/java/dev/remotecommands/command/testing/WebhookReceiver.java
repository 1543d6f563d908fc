package dev.remotecommands.command.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The BFF's webhook endpoint, on a free loopback port: records every POST it gets (headers, raw body, its answer)
 * and answers as told per car, so that tests sharing the one registration of their client do not disturb each other.
 * Cars it was told nothing about get 204.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** How the receiver answers the POSTs about one car. */
    public enum Behaviour {
        ACCEPT, FAIL, HANG
    }

    /** One POST as it arrived, and the status it was answered with (0: never answered, it hung). */
    public record Attempt(String webhookId, String timestamp, String signature, String body, int answeredWith) {

        public JsonPath json() {
            return JsonPath.from(body);
        }

        public String vin() {
            return json().getString("vin");
        }

        public boolean accepted() {
            return answeredWith / 100 == 2;
        }
    }

    /** A script for one car: this behaviour for the first {@code times} POSTs, then {@code then}. */
    private record Script(Behaviour first, int times, Behaviour then, AtomicInteger seen) {
        Behaviour next() {
            return seen.getAndIncrement() < times ? first : then;
        }
    }

    private static final String PATH = "/hook";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** POSTs about this car get {@code behaviour} from now on. */
    public void answer(String vin, Behaviour behaviour) {
        scripts.put(vin, new Script(behaviour, 0, behaviour, new AtomicInteger()));
    }

    /** The next {@code times} POSTs about this car get {@code first}, those after them {@code then}. */
    public void answer(String vin, Behaviour first, int times, Behaviour then) {
        scripts.put(vin, new Script(first, times, then, new AtomicInteger()));
    }

    /** Every POST about this car so far, in the order they arrived. */
    public List<Attempt> attemptsFor(String vin) {
        return attempts.stream().filter(attempt -> vin.equals(attempt.vin())).toList();
    }

    /** The POSTs about this car that were answered 2xx, in the order they arrived. */
    public List<Attempt> deliveredFor(String vin) {
        return attemptsFor(vin).stream().filter(Attempt::accepted).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String vin = JsonPath.from(body).getString("vin");
            Script script = vin == null ? null : scripts.get(vin);
            Behaviour behaviour = script == null ? Behaviour.ACCEPT : script.next();
            int status = switch (behaviour) {
                case ACCEPT -> 204;
                case FAIL -> 500;
                case HANG -> 0;
            };
            var headers = exchange.getRequestHeaders();
            attempts.add(new Attempt(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, status));
            if (behaviour == Behaviour.HANG) {
                // far beyond the sender's request timeout; released when the test class ends
                released.await(30, TimeUnit.SECONDS);
                return;
            }
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the sender gave up on a hanging answer and closed the connection
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
