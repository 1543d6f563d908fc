package dev.remotecommands.loadtest.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.session.RemoteSessionToken;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The platform as the BFF calls it: {@code POST /v1/vehicles/{vin}/commands} with the driver's bearer token, the
 * remote session and a fresh Idempotency-Key; the terminal state followed through the command's server-sent events
 * ({@code GET /v1/commands/{id}/events}, closed by the server after the terminal one). SSE rather than polling: one
 * request per command however long it takes, woken by command-service's own notifications, so the driver sees the
 * end when an app would, without a polling interval's quantisation or a poll storm on command-service's database;
 * reading the stream costs the load-test JVM little (its CPU is in the figures).
 */
public final class PlatformTarget implements Target {

    /** A certified car as the benchmark drives it: VIN, a fresh access token, the remote session. */
    public record Car(String vin, String accessToken, String remoteSession) {
    }

    private static final Duration POST_TIMEOUT = Duration.ofSeconds(10);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String commandUrl;
    private final List<Car> cars;
    private final Duration terminalTimeout;

    public PlatformTarget(String commandUrl, List<Car> cars, Duration terminalTimeout) {
        this.commandUrl = commandUrl;
        this.cars = List.copyOf(cars);
        this.terminalTimeout = terminalTimeout;
    }

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public CompletableFuture<Posted> post(int index, String type) {
        Car car = cars.get(index);
        HttpRequest request = HttpRequest.newBuilder(URI.create(commandUrl + "/v1/vehicles/" + car.vin() + "/commands"))
                .timeout(POST_TIMEOUT)
                .header("Authorization", "Bearer " + car.accessToken())
                .header(RemoteSessionToken.HEADER, car.remoteSession())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"" + type + "\"}"))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                return new Posted(Target.failureLabel(failure), null, index);
            }
            String status = Integer.toString(response.statusCode());
            return new Posted(status, response.statusCode() == 202 ? field(response.body(), "id") : null, index);
        });
    }

    @Override
    public CompletableFuture<String> terminal(Posted accepted) {
        Car car = cars.get(accepted.car());
        HttpRequest request = HttpRequest.newBuilder(URI.create(commandUrl + "/v1/commands/" + accepted.id()
                        + "/events"))
                .header("Authorization", "Bearer " + car.accessToken())
                .header("Accept", "text/event-stream")
                .GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .orTimeout(terminalTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> failure != null ? "timeout" : lastStatus(response.body()));
    }

    public Car car(int index) {
        return cars.get(index);
    }

    /** The status of the stream's last event, if terminal; {@code stream-ended} when it closed before one. */
    private String lastStatus(String stream) {
        String last = "stream-ended";
        for (String line : stream.split("\n")) {
            if (line.startsWith("data:")) {
                String status = field(line.substring(5).trim(), "status");
                if (status != null && Terminal.is(status)) {
                    last = status;
                }
            }
        }
        return last;
    }

    private String field(String body, String name) {
        try {
            JsonNode node = json.readTree(body);
            return node.hasNonNull(name) ? node.path(name).asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        // the JDK 17 HttpClient has no close(); its threads are daemons
    }
}
