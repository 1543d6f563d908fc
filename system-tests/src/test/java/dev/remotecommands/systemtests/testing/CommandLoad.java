package dev.remotecommands.systemtests.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.local.journey.DriverJourney;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A steady stream of commands to a set of cars, sent as a BFF sends them: a few client threads, each POST with a
 * fresh Idempotency-Key, and on a connection error or a 5xx the same request again with the SAME key until it gets
 * an answer. Each command is filed under the fault window that was current when it was first sent.
 */
public final class CommandLoad {

    public static final List<String> TYPES = List.of("LOCK", "UNLOCK", "LIGHTS", "HORN", "REFRESH_STATE");

    /** A command the platform accepted (202). */
    public record Accepted(String id, String vin, String type, String window, Instant firstSent) {
    }

    /** What happened to the POSTs of one fault window (accepted commands are kept apart). */
    public static final class Tally {
        public final AtomicLong sent = new AtomicLong();
        public final AtomicLong retried = new AtomicLong();
        public final AtomicLong replayed = new AtomicLong();
        public final AtomicLong conflicts = new AtomicLong();
        public final AtomicLong limited = new AtomicLong();
        public final AtomicLong otherRefusals = new AtomicLong();
        public final AtomicLong abandoned = new AtomicLong();
        public final ConcurrentMap<Integer, AtomicLong> refusalStatuses = new ConcurrentHashMap<>();
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    /** A BFF gives up on a request after this long; the command is then counted as abandoned, not accepted. */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String commandServiceUrl;
    private final Map<String, DriverJourney.Session> credentials;
    private final int threads;
    private final Duration pace;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<String> window = new AtomicReference<>("steady");
    private final ConcurrentMap<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Tally> tallies = new ConcurrentHashMap<>();
    private final AtomicReference<Accepted> latest = new AtomicReference<>();
    private final List<Thread> clients = new ArrayList<>();

    /**
     * @param credentials per car, the driver's access token and remote session
     * @param threads     client threads; the cars are dealt out among them
     * @param pace        each thread sends one command per pace (less often while it retries)
     */
    public CommandLoad(String commandServiceUrl, Map<String, DriverJourney.Session> credentials, int threads,
            Duration pace) {
        this.commandServiceUrl = commandServiceUrl;
        this.credentials = credentials;
        this.threads = threads;
        this.pace = pace;
    }

    public void start() {
        running.set(true);
        List<String> vins = List.copyOf(credentials.keySet());
        for (int t = 0; t < threads; t++) {
            List<String> mine = new ArrayList<>();
            for (int i = t; i < vins.size(); i += threads) {
                mine.add(vins.get(i));
            }
            Thread client = new Thread(() -> drive(mine), "load-" + t);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
    }

    /** Commands sent from now on belong to this window. */
    public void window(String name) {
        window.set(name);
        System.out.println("FAULTS window: " + name + " at " + Instant.now());
    }

    /** Stops sending and waits for the requests under way (retries included) to finish. */
    public void stop() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(GIVE_UP_AFTER.plusSeconds(15).toMillis());
        }
    }

    public Map<String, Accepted> accepted() {
        return accepted;
    }

    public Map<String, Tally> tallies() {
        return tallies;
    }

    /** The oldest accepted command first sent after this instant and not in {@code skip}, if any. */
    public Optional<Accepted> oldestSince(Instant since, Set<String> skip) {
        return accepted.values().stream()
                .filter(command -> command.firstSent().isAfter(since) && !skip.contains(command.id()))
                .min(Comparator.comparing(Accepted::firstSent));
    }

    /** The command most recently accepted, if it was first sent after this instant. */
    public Accepted latestSince(Instant since) {
        Accepted last = latest.get();
        return last != null && last.firstSent().isAfter(since) ? last : null;
    }

    private void drive(List<String> vins) {
        long step = 0;
        long next = System.nanoTime();
        while (running.get()) {
            String vin = vins.get((int) (step % vins.size()));
            String type = TYPES.get((int) ((step / vins.size()) % TYPES.size()));
            step++;
            send(vin, type);
            next += pace.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                next = System.nanoTime(); // fell behind (a retry): no burst to catch up
            }
        }
    }

    private void send(String vin, String type) {
        String windowName = window.get();
        Tally tally = tallies.computeIfAbsent(windowName, name -> new Tally());
        tally.sent.incrementAndGet();
        Instant firstSent = Instant.now();
        HttpRequest request = request(vin, type, UUID.randomUUID().toString());
        long giveUp = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            int status;
            HttpResponse<String> response = null;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (status == 202) {
                if (response.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")) {
                    tally.replayed.incrementAndGet();
                }
                Accepted command = new Accepted(id(response), vin, type, windowName, firstSent);
                accepted.putIfAbsent(command.id(), command);
                latest.set(command);
                return;
            }
            if (status == -1 || status >= 500) {
                if (System.nanoTime() > giveUp) {
                    tally.abandoned.incrementAndGet();
                    return;
                }
                tally.retried.incrementAndGet();
                LockSupport.parkNanos(RETRY_PAUSE.toNanos());
                continue;
            }
            if (status == 409) {
                tally.conflicts.incrementAndGet();
            } else if (status == 429) {
                tally.limited.incrementAndGet();
            } else {
                tally.otherRefusals.incrementAndGet();
                tally.refusalStatuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            }
            return;
        }
    }

    private HttpRequest request(String vin, String type, String idempotencyKey) {
        DriverJourney.Session driver = credentials.get(vin);
        return HttpRequest.newBuilder(URI.create(commandServiceUrl + "/v1/vehicles/" + vin + "/commands"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + driver.accessToken())
                .header(RemoteSessionToken.HEADER, driver.remoteSession())
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"" + type + "\"}"))
                .build();
    }

    private String id(HttpResponse<String> response) {
        try {
            JsonNode body = json.readTree(response.body());
            return body.path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("a 202 without a readable command: " + response.body(), e);
        }
    }
}
