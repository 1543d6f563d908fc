package dev.remotecommands.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.ConsumerGroups;
import dev.remotecommands.systemtests.testing.NewAccount;
import dev.remotecommands.systemtests.testing.Platform;
import dev.remotecommands.systemtests.testing.RawHttp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Poison on every consumed Kafka topic (not JSON, JSON of the wrong shape, a valid shape with an invalid field, an
 * empty value) ends in the topic's dead-letter topic, once per consuming service; poison on every car→bridge MQTT
 * topic is dropped with a warning. Afterwards every service still consumes: a deactivation and a new certification
 * of VF7DEMCAR00000007 (EnrollmentRevoked, VehiclePairingReported, EnrollmentCompleted), an SMS code for a new
 * account (OtpRequested, OtpDeliveryReported) and commands on the car (CommandRequested, CommandAcked,
 * VehicleStateReported) all go through, and every consumer group has read its topic to the end.
 */
class PoisonRecordsIT {

    private static final String VIN = "VF7DEMCAR00000007";
    private static final String AT = "\"at\":\"2026-01-01T00:00:00Z\"";

    /** Each consumed topic, the services' consumer groups on it (their application.properties), and its poison of valid shape. */
    private static final Map<String, List<String>> GROUPS = ConsumerGroups.OF_TOPIC;
    private static final Map<String, String> INVALID_FIELD = new LinkedHashMap<>();

    static {

        INVALID_FIELD.put(Topics.ENROLLMENT_COMPLETED,
                "{\"accountId\":\"poison\",\"vin\":\"NOT-A-VIN\",\"deviceId\":\"poison\"," + AT + "}");
        INVALID_FIELD.put(Topics.ENROLLMENT_REVOKED,
                "{\"accountId\":\"poison\",\"vin\":\"NOT-A-VIN\",\"deviceId\":\"poison\",\"reason\":\"X\"," + AT + "}");
        INVALID_FIELD.put(Topics.OTP_REQUESTED, "{\"requestId\":\"not-a-uuid\",\"accountId\":\"poison\","
                + "\"phone\":\"+33600000000\",\"purpose\":\"TRUSTED_PHONE\",\"codeLength\":6,"
                + "\"expiresAt\":\"2026-01-01T00:10:00Z\"," + AT + "}");
        INVALID_FIELD.put(Topics.OTP_DELIVERY_REPORTED,
                "{\"requestId\":\"not-a-uuid\",\"accountId\":\"poison\",\"status\":\"DELIVERED\"," + AT + "}");
        INVALID_FIELD.put(Topics.COMMAND_REQUESTED, "{\"commandId\":\"" + UUID.randomUUID()
                + "\",\"vin\":\"NOT-A-VIN\",\"accountId\":\"poison\",\"type\":\"UNLOCK\","
                + "\"issuedAt\":\"2026-01-01T00:00:00Z\",\"expiresAt\":\"2026-01-01T00:01:00Z\",\"signature\":\"x\"}");
        INVALID_FIELD.put(Topics.COMMAND_ACKED, "{\"commandId\":\"" + UUID.randomUUID()
                + "\",\"vin\":\"NOT-A-VIN\",\"status\":\"SUCCEEDED\"," + AT + "}");
        INVALID_FIELD.put(Topics.VEHICLE_PAIRING_REPORTED, "{\"vin\":\"NOT-A-VIN\",\"challenge\":\"c\","
                + "\"deviceId\":\"d\",\"ignition\":\"ON\",\"privacyMode\":\"SHARING\"," + AT + "}");
        INVALID_FIELD.put(Topics.VEHICLE_STATE_REPORTED, "{\"vin\":\"NOT-A-VIN\",\"doors\":\"LOCKED\"," + AT + "}");
        INVALID_FIELD.put(Topics.REMOTE_SESSIONS_ENDED, "{\"accountId\":\"poison\",\"reason\":\"NOT-A-REASON\","
                + "\"validFrom\":\"2026-01-01T00:00:00Z\"," + AT + "}");
    }

    private static Platform platform;
    private static String bootstrap;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        platform.certified(Driver.DEMO, VIN);
        bootstrap = platform.infrastructure().kafka().bootstrapServers();
    }

    @Test
    void poison_ends_in_dead_letters_or_is_dropped_and_every_service_keeps_consuming() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> markers = publishKafkaPoison(run);
        Path bridgeLog = platform.serviceLog(LocalPlatform.BRIDGE);
        long droppedBefore = droppedLines(bridgeLog);
        int mqttPoison = publishMqttPoison();

        // every Kafka poison record is in its dead-letter topic, once per consuming service
        for (Map.Entry<String, List<String>> topic : markers.entrySet()) {
            Map<String, Long> found = awaitDeadLetters(topic.getKey(), topic.getValue(),
                    GROUPS.get(topic.getKey()).size());
            System.out.println("[poison] " + topic.getKey() + ": " + topic.getValue().size() + " poison records → "
                    + Topics.deadLetter(topic.getKey()) + " " + found);
        }
        // every MQTT poison message was dropped with a warning by the bridge
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> droppedLines(bridgeLog) - droppedBefore >= mqttPoison);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            assertThat(droppedLines(bridgeLog) - droppedBefore).as("MQTT poison messages the bridge dropped with a"
                    + " warning (see " + bridgeLog + ")").isGreaterThanOrEqualTo(mqttPoison);
        }
        System.out.println("[poison] MQTT: " + mqttPoison + " poison messages published, "
                + (droppedLines(bridgeLog) - droppedBefore) + " dropped with a warning by vehicle-bridge");

        // and every service still consumes: real flows through every topic
        revokeAndCertifyAgain();
        smsCodeForANewAccount();
        Bff demo = new Bff(platform.commandServiceUrl(), token(), platform.journey()
                .openRemoteSession(Driver.DEMO, token()).remoteSession());
        assertThat(demo.awaitTerminal(demo.accepted(VIN, "UNLOCK")).getString("status"))
                .isEqualTo("SUCCEEDED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "UNLOCKED".equals(demo.vehicleState(VIN).getString("doors")));
        assertThat(demo.awaitTerminal(demo.accepted(VIN, "LOCK")).getString("status"))
                .isEqualTo("SUCCEEDED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "LOCKED".equals(demo.vehicleState(VIN).getString("doors")));
        awaitEveryGroupAtTheEnd();
    }

    private static Map<String, List<String>> publishKafkaPoison(String run) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        Map<String, List<String>> markers = new LinkedHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (String topic : GROUPS.keySet()) {
                Map<String, String> poison = new LinkedHashMap<>();
                poison.put("not-json", "this is not JSON {" + run);
                poison.put("wrong-shape", "[\"a JSON array where an object belongs\"," + run.length() + "]");
                poison.put("wrong-types", "{\"vin\":42,\"at\":[true],\"accountId\":{},\"commandId\":false}");
                poison.put("invalid-field", INVALID_FIELD.get(topic));
                poison.put("empty", "");
                List<String> keys = new ArrayList<>();
                for (Map.Entry<String, String> record : poison.entrySet()) {
                    String key = "poison-" + run + "-" + record.getKey();
                    producer.send(new ProducerRecord<>(topic, key, record.getValue())).get();
                    keys.add(key);
                }
                markers.put(topic, keys);
            }
        }
        return markers;
    }

    /** Reads the dead-letter topic from the beginning until each marker is there this many times. */
    private static Map<String, Long> awaitDeadLetters(String topic, List<String> keys, int times) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        String deadLetter = Topics.deadLetter(topic);
        Map<String, Long> found = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = await().atMost(Duration.ofSeconds(30))
                    .until(() -> consumer.partitionsFor(deadLetter).stream()
                            .map(info -> new TopicPartition(deadLetter, info.partition())).toList(),
                            list -> !list.isEmpty());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && keys.contains(record.key())) {
                        found.merge(record.key(), 1L, Long::sum);
                    }
                }
                return keys.stream().allMatch(key -> found.getOrDefault(key, 0L) >= times);
            });
        }
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        // "poison-<run>-<kind>" → "<kind>"
        return found.entrySet().stream().collect(Collectors.toMap(entry -> entry.getKey().substring(16),
                Map.Entry::getValue, Long::sum, java.util.TreeMap::new));
    }

    /** Poison on each car→bridge topic, for a fleet car and for a topic that names no VIN; returns how many. */
    private static int publishMqttPoison() throws MqttException {
        byte[] badUtf8 = {'{', '"', 'd', 'o', 'o', 'r', 's', '"', ':', '"', (byte) 0xC3, 0x28, (byte) 0xFF, '"', '}'};
        Map<String, byte[]> generic = new LinkedHashMap<>();
        generic.put("not-json", "this is not JSON {".getBytes(StandardCharsets.UTF_8));
        generic.put("empty", new byte[0]);
        generic.put("empty-object", "{}".getBytes(StandardCharsets.UTF_8));
        generic.put("array", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
        generic.put("bad-utf8", badUtf8);
        Map<String, String> invalidField = Map.of(
                VehicleTopics.ACKS, "{\"commandId\":\"not-a-uuid\",\"outcome\":\"SUCCEEDED\",\"at\":\"now\"}",
                VehicleTopics.STATE, "{\"doors\":\"AJAR\",\"ignition\":\"ON\",\"privacyMode\":\"SHARING\"}",
                VehicleTopics.PRESENCE, "{\"status\":\"DANCING\"}",
                VehicleTopics.PAIRING, "{\"challenge\":\"c\",\"deviceId\":\"d\",\"ignition\":\"SIDEWAYS\","
                        + "\"privacyMode\":\"SHARING\"}");
        int published = 0;
        MqttClient client = new MqttClient(platform.infrastructure().mqtt().serverUri(),
                "poison-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options);
        try {
            for (String kind : List.of(VehicleTopics.ACKS, VehicleTopics.STATE, VehicleTopics.PRESENCE,
                    VehicleTopics.PAIRING)) {
                for (String topic : List.of(VehicleTopics.of(VIN, kind), "vehicles/NOT-A-VIN/" + kind)) {
                    List<byte[]> payloads = new ArrayList<>(generic.values());
                    payloads.add(invalidField.get(kind).getBytes(StandardCharsets.UTF_8));
                    for (byte[] payload : payloads) {
                        client.publish(topic, payload, 1, false);
                        published++;
                    }
                }
            }
        } finally {
            client.disconnect();
            client.close();
        }
        return published;
    }

    private static long droppedLines(Path log) throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains("Dropped an unreadable message on vehicles/")).count();
        }
    }

    /** EnrollmentRevoked, then VehiclePairingReported and EnrollmentCompleted, through their consumers. */
    private static void revokeAndCertifyAgain() {
        Bff demo = new Bff(platform.commandServiceUrl(), token(), null);
        RawHttp.Answer deactivated = RawHttp.send("DELETE",
                platform.enrollmentServiceUrl() + "/v1/vehicles/" + VIN + "/remote-commands",
                Map.of("Authorization", "Bearer " + token()), (byte[]) null);
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> !demo.maySee(VIN));
        await().atMost(Duration.ofSeconds(30)).until(() -> !platform.car(VIN).getBoolean("provisioned"));
        platform.journey().certify(Driver.DEMO, VIN);
        await().atMost(Duration.ofSeconds(30)).until(() -> demo.maySee(VIN));
        await().atMost(Duration.ofSeconds(30)).until(() -> platform.car(VIN).getBoolean("provisioned"));
    }

    /** OtpRequested (otp-service sends the SMS) and OtpDeliveryReported (enrollment-service hears it). */
    private static void smsCodeForANewAccount() {
        assertThat(NewAccount.withTrustedPhone(platform, "poison").smsCode()).hasSize(6);
    }

    /** Every consumer group has committed up to the end of its topic: it went past the poison and goes on. */
    private static void awaitEveryGroupAtTheEnd() {
        ConsumerGroups.awaitAllAtTheEnd(bootstrap, Duration.ofSeconds(40));
        System.out.println("[poison] every consumer group has read its topic to the end at " + Instant.now());
    }

    private static String token() {
        return platform.accessToken(Driver.DEMO.username(), Driver.DEMO.password());
    }
}
