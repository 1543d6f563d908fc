package dev.remotecommands.loadtest.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.Topics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a restamped replay checks before it sends anything: the Kafka cluster is marked staging (the newest record of
 * {@link Topics#PLATFORM_ENVIRONMENT} says {@code staging}), the signing key's public half is the one the staging
 * command-service publishes ({@code GET /v1/command-verification-key}), and every VIN it will write to is a car of
 * the fleet the simulator reports ({@code GET /v1/cars}).
 */
public final class StagingGuard {

    public static final String STAGING = "staging";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private StagingGuard() {
    }

    public static void requireStagingCluster(String bootstrapServers) throws ReplayRefused {
        String environment = environmentOf(bootstrapServers);
        if (!STAGING.equals(environment)) {
            throw new ReplayRefused("the Kafka cluster at " + bootstrapServers + " is not marked staging (topic "
                    + Topics.PLATFORM_ENVIRONMENT + (environment == null ? " is missing or empty" : " says '"
                    + environment + "'") + "); a restamped replay writes only to a staging cluster");
        }
    }

    public static void requirePublishedKey(PrivateKey key, String commandServiceUrl) throws ReplayRefused {
        String url = commandServiceUrl + "/v1/command-verification-key";
        String published = get(url).path("publicKey").asText(null);
        String ours = CommandSignature.encode(CommandSignature.publicKeyOf(key));
        if (!ours.equals(published)) {
            throw new ReplayRefused("the signing key's public half is not the one the staging command-service"
                    + " publishes at " + url + ": cars would refuse every command (give this platform's key)");
        }
    }

    /** The fleet's VINs, in the simulator's order. */
    public static List<String> fleetVins(String simulatorUrl) throws ReplayRefused {
        List<String> fleet = new ArrayList<>();
        get(simulatorUrl + "/v1/cars").forEach(car -> fleet.add(car.path("vin").asText()));
        return fleet;
    }

    /** Refuses when one of {@code vins} (those the replay will write to) is not a car of {@code fleet}. */
    public static void requireInFleet(Set<String> vins, List<String> fleet, String simulatorUrl) throws ReplayRefused {
        Set<String> outside = new TreeSet<>(vins);
        outside.removeAll(new HashSet<>(fleet));
        if (!outside.isEmpty()) {
            throw new ReplayRefused(outside.size() + " VIN(s) not in the simulated fleet at " + simulatorUrl
                    + " (" + fleet.size() + " cars): " + outside.stream().limit(5).toList()
                    + "; map them onto the fleet with --map-vins or --vin-map OLD=NEW");
        }
    }

    static String environmentOf(String bootstrapServers) throws ReplayRefused {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(Topics.PLATFORM_ENVIRONMENT)) {
                return null;
            }
        } catch (Exception e) {
            throw new ReplayRefused("cannot read the cluster's mark at " + bootstrapServers + ": " + e);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.PLATFORM_ENVIRONMENT, 0);
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            if (end == 0) {
                return null;
            }
            consumer.seek(partition, end - 1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            String value = null;
            while (System.nanoTime() < deadline && consumer.position(partition) < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    value = record.value();
                }
            }
            return value == null ? null : value.trim();
        }
    }

    private static JsonNode get(String url) throws ReplayRefused {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new ReplayRefused("GET " + url + " answered " + answer.statusCode());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new ReplayRefused("cannot reach " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayRefused("interrupted while reading " + url);
        }
    }
}
