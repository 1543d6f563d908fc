package dev.remotecommands.systemtests.testing;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.local.journey.DriverJourney;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Open-loop offered load: POSTs commands on a fixed schedule (the k-th at {@code k / rate} seconds into the step),
 * whether or not earlier ones were answered, as many independent drivers would. Requests go out through an
 * asynchronous HTTP client, so a slow answer never delays the next POST: the client is not the bottleneck, and
 * {@link Step#sendLagMaxMillis()} shows it (how late the latest POST left compared with its schedule).
 *
 * <p>Command k goes to car {@code k % cars}, with type {@code (k / cars) % types}: consecutive commands of one car
 * have different types, so that the same (car, type) comes back as rarely as the rate allows (every
 * {@code cars × types / rate} seconds) and "same action already in progress" (409) only happens when the
 * platform is slower than that. The count k runs on across steps. No retries: a refused or failed POST is
 * counted by its status and dropped.
 */
public final class OpenLoopLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** A command the platform accepted (202). */
    public record Accepted(String id, String vin, String type, Instant sentAt) {
    }

    /**
     * What one step sent and how the POSTs were answered.
     *
     * @param rate            offered commands per second
     * @param started         when the first POST of the step was due (client clock)
     * @param scheduleEnd     {@code started} plus the step's length: when the offered load stopped
     * @param posted          POSTs sent
     * @param lastSent        when the last POST actually left
     * @param accepted        the commands answered 202
     * @param refused         answers other than 202 by status ({@code timeout} / {@code io} when there was none)
     * @param refusedByType   the same, per command type (for instance {@code LIGHTS:429})
     * @param postAnswer      client time from a POST leaving to its answer, in microseconds
     * @param sendLagMaxMillis how much later than scheduled the most delayed POST left (client health)
     * @param inFlightMax     most POSTs awaiting their answer at once
     */
    public record Step(double rate, Instant started, Instant scheduleEnd, int posted, Instant lastSent,
            List<Accepted> accepted, Map<String, Long> refused, Map<String, Long> refusedByType,
            Histogram postAnswer, double sendLagMaxMillis, int inFlightMax) {

        /** POSTs per second actually sent, first to last. */
        public double postRate() {
            double seconds = Duration.between(started, lastSent).toNanos() / 1e9;
            return posted <= 1 || seconds <= 0 ? posted : (posted - 1) / seconds;
        }

        public double seconds() {
            return Duration.between(started, scheduleEnd).toNanos() / 1e9;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String commandServiceUrl;
    private final List<String> vins;
    private final List<String> types;
    private final Map<String, DriverJourney.Session> credentials;
    private long next;

    /**
     * @param credentials per car, the access token and remote session of its certified driver
     * @param types       command types in the order each car gets them
     */
    public OpenLoopLoad(String commandServiceUrl, Map<String, DriverJourney.Session> credentials, List<String> types) {
        this.commandServiceUrl = commandServiceUrl;
        this.credentials = credentials;
        this.vins = List.copyOf(credentials.keySet());
        this.types = List.copyOf(types);
    }

    /** Offers {@code rate} commands per second for {@code length}; returns once every POST has its answer. */
    public Step run(double rate, Duration length) throws InterruptedException {
        int count = (int) Math.round(rate * length.toNanos() / 1e9);
        long period = Math.round(1e9 / rate);
        ConcurrentLinkedQueue<Accepted> acceptedQueue = new ConcurrentLinkedQueue<>();
        ConcurrentMap<String, AtomicLong> refused = new ConcurrentHashMap<>();
        ConcurrentMap<String, AtomicLong> refusedByType = new ConcurrentHashMap<>();
        Histogram postAnswer = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger inFlightMax = new AtomicInteger();
        List<CompletableFuture<Void>> answers = new ArrayList<>(count);
        long maxLag = 0;
        Instant started = Instant.now();
        long start = System.nanoTime();
        long lastSentNanos = start;
        for (int k = 0; k < count; k++) {
            long due = start + k * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long sent = System.nanoTime();
            maxLag = Math.max(maxLag, sent - due);
            lastSentNanos = sent;
            String vin = vins.get((int) (next % vins.size()));
            String type = types.get((int) ((next / vins.size()) % types.size()));
            next++;
            Instant sentAt = Instant.now();
            inFlightMax.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            answers.add(http.sendAsync(request(vin, type), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        inFlight.decrementAndGet();
                        postAnswer.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
                        String outcome = outcome(response, failure);
                        if (outcome == null) {
                            acceptedQueue.add(new Accepted(id(response), vin, type, sentAt));
                        } else {
                            refused.computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
                            refusedByType.computeIfAbsent(type + ":" + outcome, key -> new AtomicLong())
                                    .incrementAndGet();
                        }
                        return null;
                    }));
        }
        Instant lastSent = started.plusNanos(lastSentNanos - start);
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(REQUEST_TIMEOUT.plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the POSTs of the step did not all get an answer or a timeout", e);
        }
        return new Step(rate, started, started.plusNanos(count * period), count, lastSent,
                List.copyOf(acceptedQueue), sorted(refused),
                sorted(refusedByType), postAnswer, maxLag / 1e6, inFlightMax.get());
    }

    /** Null for a 202; otherwise what counts as the refusal: the status, or {@code timeout} / {@code io}. */
    private static String outcome(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            return cause instanceof HttpTimeoutException ? "timeout" : "io";
        }
        return response.statusCode() == 202 ? null : Integer.toString(response.statusCode());
    }

    private HttpRequest request(String vin, String type) {
        DriverJourney.Session driver = credentials.get(vin);
        return HttpRequest.newBuilder(URI.create(commandServiceUrl + "/v1/vehicles/" + vin + "/commands"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + driver.accessToken())
                .header(RemoteSessionToken.HEADER, driver.remoteSession())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"" + type + "\"}"))
                .build();
    }

    private String id(HttpResponse<String> response) {
        try {
            return json.readTree(response.body()).path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("a 202 without a readable command: " + response.body(), e);
        }
    }

    private static Map<String, Long> sorted(Map<String, AtomicLong> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.get()));
        return sorted;
    }
}
