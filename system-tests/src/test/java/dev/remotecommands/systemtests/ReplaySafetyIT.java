package dev.remotecommands.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.remotecommands.contracts.CloudEventHeaders;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.DriverApi;
import dev.remotecommands.systemtests.testing.Platform;
import dev.remotecommands.systemtests.testing.TerminalWatch;
import dev.remotecommands.systemtests.testing.TopicReader;

import io.restassured.http.ContentType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Old {@code CommandRequested} records published again, as a careless load test would: the very records (same
 * key, value, headers), copies under a fresh command id with the old signature, and copies with a later deadline
 * (so a wrong signature). The bridge reads them all, yet no car executes anything and no command changes state.
 */
class ReplaySafetyIT {

    private static final String VIN = "VF7DEMCAR00000002";
    private static final String BRIDGE_GROUP = "vehicle-bridge";
    /** The newest records also copied under fresh ids and with a later deadline (each copy reaches a car). */
    private static final int COPIED = 20;
    /** At most this many of the newest records are replayed as they were. */
    private static final int REPLAYED = 3000;

    private static Platform platform;
    private static String bootstrap;
    private static TopicReader topics;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        bootstrap = platform.infrastructure().kafka().bootstrapServers();
        topics = new TopicReader(bootstrap);
    }

    @Test
    void old_command_requests_published_again_execute_nothing_on_any_car() throws Exception {
        // at least one command whose deadline is still ahead, so that its copies reach the car and not only the
        // bridge's deadline check
        Bff driver = platform.certified(Driver.DEMO, VIN);
        driver.awaitTerminal(driver.accepted(VIN, "LOCK"));
        awaitBridgeCaughtUp();

        List<ConsumerRecord<byte[], byte[]>> old = readAll(Topics.COMMAND_REQUESTED);
        assertThat(old).isNotEmpty();
        Map<String, Long> executedBefore = executedCounts();
        Map<String, String> commandsBefore = commandStates(old);
        Map<TopicPartition, Long> ackedFrom = endOffsets(Topics.COMMAND_ACKED);

        // poison records other tests sent are replayed too, but only genuine requests are worth copying
        List<ConsumerRecord<byte[], byte[]>> genuine = old.stream().filter(record -> request(record) != null)
                .toList();
        List<ConsumerRecord<byte[], byte[]>> newest = genuine.subList(Math.max(0, genuine.size() - COPIED),
                genuine.size());
        Set<String> freshIds = new LinkedHashSet<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (ConsumerRecord<byte[], byte[]> record : old.subList(Math.max(0, old.size() - REPLAYED),
                    old.size())) {
                producer.send(copy(record, record.value(), record.headers().toArray()));
            }
            String redated = Instant.now().plus(Duration.ofMinutes(10)).toString();
            for (ConsumerRecord<byte[], byte[]> record : newest) {
                ObjectNode request = request(record);
                String freshId = UUID.randomUUID().toString();
                freshIds.add(freshId);
                producer.send(copy(record, with(request, "commandId", freshId), freshEventId(record)));
                producer.send(copy(record, with(request, "expiresAt", redated), record.headers().toArray()));
                String freshRedatedId = UUID.randomUUID().toString();
                freshIds.add(freshRedatedId);
                producer.send(copy(record, with(with(request, "expiresAt", redated), "commandId", freshRedatedId),
                        freshEventId(record)));
            }
            producer.flush();
        }

        awaitBridgeCaughtUp();
        // the copies under fresh ids went past the bridge's replay check: each ends refused, by the car for its
        // signature or by the bridge for its deadline
        Map<String, JsonNode> verdicts = awaitTerminalAcks(ackedFrom, freshIds);
        assertThat(verdicts.values()).allSatisfy(ack -> {
            assertThat(ack.path("status").asText()).isIn("REJECTED", "EXPIRED");
            if (ack.path("status").asText().equals("REJECTED")) {
                // a car the platform no longer provisions (a deactivated one) refuses before checking the signature
                assertThat(ack.path("failureCause").asText()).isIn("BAD_SIGNATURE", "NOT_PROVISIONED",
                        "WAKE_UP_LIMIT_REACHED");
            }
        });
        assertThat(verdicts.values()).as("some copies reached a car, which refused their signature")
                .anySatisfy(ack -> assertThat(ack.path("failureCause").asText()).isEqualTo("BAD_SIGNATURE"));

        assertThat(executedCounts()).as("commands executed by each car").isEqualTo(executedBefore);
        assertThat(executionLogIds(executedBefore.keySet())).as("executions of the copies, in the cars' own logs")
                .doesNotContainAnyElementsOf(freshIds);
        assertThat(commandStates(old)).as("the commands as command-service shows them").isEqualTo(commandsBefore);
        System.out.printf("[replay] %d records published again as they were, %d re-dated under their own id, %d"
                + " copies under fresh ids refused (%s), 0 executions on %d cars, %d commands unchanged%n",
                Math.min(old.size(), REPLAYED), newest.size(), freshIds.size(),
                verdicts.values().stream().collect(Collectors.groupingBy(
                        ack -> ack.path("status").asText() + "/" + ack.path("failureCause").asText(),
                        Collectors.counting())), executedBefore.size(), commandsBefore.size());
    }

    /** The bridge's consumer group has read everything on {@code CommandRequested} (its lag is 0). */
    private static void awaitBridgeCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> bridgeLag() == 0);
    }

    private static long bridgeLag() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(BRIDGE_GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> end : endOffsets(Topics.COMMAND_REQUESTED).entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                lag += end.getValue() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        }
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        return topics.endOffsets(List.of(topic));
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        return read(topic, Map.of());
    }

    /** The records of a topic from these offsets (the beginning for a partition not named) to its current end. */
    private static List<ConsumerRecord<byte[], byte[]>> read(String topic, Map<TopicPartition, Long> from) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(topics.read(List.of(topic), from));
        records.sort((a, b) -> Long.compare(a.timestamp(), b.timestamp()));
        return records;
    }

    /** The terminal {@code CommandAcked} of each of these command ids, published after these offsets. */
    private static Map<String, JsonNode> awaitTerminalAcks(Map<TopicPartition, Long> from, Set<String> ids) {
        Map<String, JsonNode> verdicts = new LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            for (ConsumerRecord<byte[], byte[]> record : read(Topics.COMMAND_ACKED, from)) {
                JsonNode ack = readOrNull(record.value());
                if (ack == null) {
                    continue; // a poison record another test sent
                }
                String id = ack.path("commandId").asText();
                if (ids.contains(id) && TerminalWatch.isTerminal(ack.path("status").asText())) {
                    verdicts.putIfAbsent(id, ack);
                }
            }
            return verdicts.keySet().containsAll(ids);
        });
        return verdicts;
    }

    /** What each car has executed so far, by VIN. */
    private static Map<String, Long> executedCounts() {
        List<Map<String, Object>> cars = given().baseUri(platform.simulatorUrl()).accept(ContentType.JSON)
                .get("/v1/cars").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> car : cars) {
            Map<?, ?> executed = (Map<?, ?>) car.get("executedCommands");
            counts.put((String) car.get("vin"), ((Number) executed.get("count")).longValue());
        }
        return counts;
    }

    /**
     * The command ids in the cars' execution logs ({@code GET /v1/cars/{vin}/executions}, every execution since the
     * simulator started); empty for a simulator without that log.
     */
    private static Set<String> executionLogIds(Set<String> vins) {
        Set<String> ids = new LinkedHashSet<>();
        for (String vin : vins) {
            var answer = given().baseUri(platform.simulatorUrl()).accept(ContentType.JSON)
                    .get("/v1/cars/{vin}/executions", vin);
            if (answer.statusCode() == 404) {
                return Set.of();
            }
            ids.addAll(answer.then().statusCode(200).extract().jsonPath().getList("executions.commandId",
                    String.class));
        }
        return ids;
    }

    /**
     * Status, failure cause and last change of the newest commands (up to 100 per car and account) of every car
     * and account these records name, as their owner sees them in command-service.
     */
    private static Map<String, String> commandStates(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, Driver> drivers = Map.of(Driver.DEMO.accountId(), Driver.DEMO, Driver.OTHER.accountId(),
                Driver.OTHER);
        Set<List<String>> carsOfAccounts = new LinkedHashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            ObjectNode request = request(record);
            if (request == null) {
                continue;
            }
            carsOfAccounts.add(List.of(request.path("accountId").asText(), request.path("vin").asText()));
        }
        Map<String, String> tokens = new HashMap<>();
        Map<String, String> states = new LinkedHashMap<>();
        for (List<String> carOfAccount : carsOfAccounts) {
            Driver owner = drivers.get(carOfAccount.get(0));
            if (owner == null) {
                continue;
            }
            String token = tokens.computeIfAbsent(owner.username(),
                    username -> platform.accessToken(username, owner.password()));
            var answer = given().baseUri(platform.commandServiceUrl()).auth().oauth2(token).queryParam("limit", 100)
                    .get("/v1/vehicles/{vin}/commands", carOfAccount.get(1));
            if (answer.statusCode() == 404) {
                continue; // the account's grant ended (a deactivated car): it sees none of them
            }
            List<Map<String, Object>> commands = answer.then().statusCode(200).extract().jsonPath().getList("$");
            for (Map<String, Object> command : commands) {
                states.put((String) command.get("id"), command.get("status") + "/" + command.get("failureCause")
                        + "/" + command.get("updatedAt"));
            }
        }
        return states;
    }

    /** The record's command request, or null when it is not one (a poison record another test sent). */
    private static ObjectNode request(ConsumerRecord<byte[], byte[]> record) {
        JsonNode value = readOrNull(record.value());
        boolean isRequest = value instanceof ObjectNode && value.path("commandId").isTextual()
                && value.path("vin").isTextual() && value.path("accountId").isTextual()
                && value.path("signature").isTextual() && value.path("expiresAt").isTextual();
        return isRequest ? (ObjectNode) value : null;
    }

    private static JsonNode readOrNull(byte[] value) {
        try {
            return value == null ? null : DriverApi.read(text(value));
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static ProducerRecord<byte[], byte[]> copy(ConsumerRecord<byte[], byte[]> record, byte[] value,
            Header[] headers) {
        return new ProducerRecord<>(record.topic(), null, record.key(), value, List.of(headers));
    }

    /** The record's headers with a new CloudEvents id, as a load test that generates ids would send them. */
    private static Header[] freshEventId(ConsumerRecord<byte[], byte[]> record) {
        List<Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(header.key().equals(CloudEventHeaders.ID)
                    ? new RecordHeader(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()))
                    : header);
        }
        return headers.toArray(Header[]::new);
    }

    private static byte[] with(ObjectNode request, String field, String value) {
        return bytes(request.deepCopy().put(field, value).toString());
    }

    private static byte[] with(byte[] json, String field, String value) {
        return with((ObjectNode) DriverApi.read(text(json)), field, value);
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
