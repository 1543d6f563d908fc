package dev.remotecommands.loadtest.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.vehicle.CommandStatus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Where a step's time went inside the platform, from the timestamps the services record: each accepted command read
 * once ({@code GET /v1/commands/{id}}) after the step, so reading costs the step nothing. Hops:
 * {@code server_total} createdAt (accepted) → updatedAt (terminal recorded); {@code to_vehicle} accepted →
 * SENT_TO_VEHICLE (command-service's outbox, Kafka, the bridge's consumer and database, the MQTT publish);
 * {@code car} → the car's answer time (the broker, the simulated car with its command latency);
 * {@code back} → updatedAt (the ack over MQTT, the bridge, its outbox, Kafka, command-service's consumer).
 * With the {@link KafkaPassages} of the step, {@code to_vehicle} splits into {@code 1_outbox_cs} (→ CommandRequested
 * produced by command-service's outbox relay) and {@code 2_kafka_to_bridge} (→ SENT_TO_VEHICLE), and {@code back}
 * into {@code 1_bridge_ack} (→ the bridge wrote the terminal CommandAcked to its outbox), {@code 2_outbox_bridge}
 * (→ produced by its relay) and {@code 3_kafka_to_cs} (→ command-service recorded it).
 */
public final class HistoryHops {

    private static final int READS_AT_ONCE = 8;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String commandUrl;

    public HistoryHops(String commandUrl) {
        this.commandUrl = commandUrl;
    }

    public LatencyRecorder read(List<Target.Posted> accepted, PlatformTarget target, KafkaPassages.Step kafka)
            throws InterruptedException {
        LatencyRecorder hops = new LatencyRecorder();
        Semaphore slots = new Semaphore(READS_AT_ONCE);
        for (Target.Posted command : accepted) {
            slots.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(commandUrl + "/v1/commands/" + command.id()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + target.car(command.car()).accessToken()).GET().build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                slots.release();
                if (failure == null && response.statusCode() == 200) {
                    add(hops, response.body(), kafka);
                }
            });
        }
        slots.acquire(READS_AT_ONCE);
        return hops;
    }

    private void add(LatencyRecorder hops, String body, KafkaPassages.Step kafka) {
        JsonNode command;
        try {
            command = json.readTree(body);
        } catch (IOException e) {
            return;
        }
        Instant created = instant(command.path("createdAt"));
        Instant updated = instant(command.path("updatedAt"));
        Instant sent = null;
        Instant answered = null;
        for (JsonNode entry : command.path("history")) {
            String status = entry.path("status").asText();
            if (status.equals(CommandStatus.SENT_TO_VEHICLE.name())) {
                sent = instant(entry.path("at"));
            } else if (Terminal.is(status)) {
                answered = instant(entry.path("at"));
            }
        }
        if (answered == null) {
            return;
        }
        hop(hops, "server_total", created, updated);
        hop(hops, "to_vehicle", created, sent);
        hop(hops, "car", sent, answered);
        hop(hops, "back", answered, updated);
        KafkaPassages.Passage requested = kafka.requested().get(command.path("id").asText());
        KafkaPassages.Passage acked = kafka.answered().get(command.path("id").asText());
        if (requested != null) {
            hop(hops, "to_vehicle.1_outbox_cs", created, requested.produced());
            hop(hops, "to_vehicle.2_kafka_to_bridge", requested.produced(), sent);
        }
        if (acked != null) {
            hop(hops, "back.1_bridge_ack", answered, acked.written());
            hop(hops, "back.2_outbox_bridge", acked.written(), acked.produced());
            hop(hops, "back.3_kafka_to_cs", acked.produced(), updated);
        }
    }

    private static void hop(LatencyRecorder hops, String name, Instant from, Instant to) {
        if (from != null && to != null) {
            hops.recordMicros(name, Math.max(0, Duration.between(from, to).toNanos() / 1000));
        }
    }

    private static Instant instant(JsonNode text) {
        return text.isTextual() ? Instant.parse(text.asText()) : null;
    }
}
