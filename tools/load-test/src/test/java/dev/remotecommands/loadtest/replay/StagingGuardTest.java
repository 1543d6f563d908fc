package dev.remotecommands.loadtest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.CloudEventHeaders;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.infrastructure.kafka.KafkaTopics;
import dev.remotecommands.infrastructure.testing.TestVins;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restamped replay runs only against a staging platform: a cluster marked staging, the staging command-service's
 * key, the simulator's cars; otherwise it is refused before a single record reaches Kafka.
 */
class StagingGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String kafka;
    private static TestTopics topics;
    private static FakeStagingServices staging;

    private final KeyPair production = CommandSignature.generateKeyPair();
    private final KeyPair stagingKeys = CommandSignature.generateKeyPair();
    private final String recordedVin = TestVins.fresh("VF7RP");
    private final String fleetVin = TestVins.fresh("VF7SM");

    @TempDir
    Path folder;
    private Path recording;
    private Path stagingKeyFile;
    private long writableRecordsBefore;

    @BeforeAll
    static void start() throws Exception {
        kafka = Infrastructure.start("kafka").kafka().bootstrapServers();
        topics = new TestTopics(kafka);
        try (KafkaTopics platformTopics = new KafkaTopics(kafka)) {
            platformTopics.createTopics(); // they exist, so "nothing sent" is "their sizes did not change"
        }
        staging = new FakeStagingServices();
    }

    @AfterAll
    static void stop() {
        staging.close();
        topics.close();
    }

    @BeforeEach
    void aRecordingAStagingPlatformAndItsKey() throws Exception {
        recording = folder.resolve("production.ndjson.gz");
        UUID commandId = UUID.randomUUID();
        Instant issuedAt = Instant.now().minusSeconds(3600);
        Instant expiresAt = issuedAt.plusSeconds(60);
        try (RecordingFile.Writer writer = new RecordingFile.Writer(recording)) {
            writer.write(record(Topics.COMMAND_REQUESTED, """
                    {"commandId":"%s","vin":"%s","accountId":"a1","type":"UNLOCK","issuedAt":"%s","expiresAt":"%s",\
                    "signature":"%s"}""".formatted(commandId, recordedVin, issuedAt, expiresAt,
                    CommandSignature.sign(production.getPrivate(), commandId, recordedVin, CommandType.UNLOCK,
                            issuedAt, expiresAt))));
            writer.write(record(Topics.COMMAND_ACKED, """
                    {"commandId":"%s","vin":"%s","status":"SUCCEEDED","at":"%s"}""".formatted(commandId,
                    recordedVin, issuedAt.plusSeconds(2))));
        }
        stagingKeyFile = folder.resolve("command-signing-key");
        Files.writeString(stagingKeyFile, CommandSignature.encode(stagingKeys.getPrivate()));
        staging.publish(stagingKeys.getPublic());
        staging.fleet(List.of(fleetVin, TestVins.fresh("VF7SM")));
        mark("staging");
        writableRecordsBefore = topics.size(Restamper.TOPICS);
    }

    @Test
    void a_cluster_without_a_staging_mark_is_refused_before_any_record_is_sent() throws Exception {
        topics.delete(Topics.PLATFORM_ENVIRONMENT);

        assertRefused(restamp("--map-vins"), "is not marked staging", "is missing or empty");
    }

    @Test
    void a_cluster_marked_production_is_refused_before_any_record_is_sent() throws Exception {
        mark("production");

        assertRefused(restamp("--map-vins"), "is not marked staging", "says 'production'");
    }

    @Test
    void a_key_whose_public_half_is_not_the_one_command_service_publishes_is_refused() throws Exception {
        staging.publish(production.getPublic());

        assertRefused(restamp("--map-vins"), "is not the one the staging command-service publishes");
    }

    @Test
    void a_restamp_without_a_staging_key_is_refused() throws Exception {
        assertRefused(restampWith(List.of("--map-vins")), "--restamp needs --staging-key");
    }

    @Test
    void a_vin_outside_the_simulated_fleet_is_refused() throws Exception {
        assertRefused(restamp(), "1 VIN(s) not in the simulated fleet", recordedVin);
        assertRefused(restamp("--vin-map", recordedVin + "=" + TestVins.fresh("VF7XX")),
                "1 VIN(s) not in the simulated fleet");
    }

    @Test
    void on_a_staging_platform_the_restamped_command_reaches_the_fleet_car_signed_with_the_staging_key()
            throws Exception {
        long before = topics.size(List.of(Topics.COMMAND_REQUESTED));

        Cli replay = restamp("--vin-map", recordedVin + "=" + fleetVin);

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        List<ConsumerRecord<byte[], byte[]>> requested = new ArrayList<>(
                topics.readAll(Topics.COMMAND_REQUESTED, (int) before + 1));
        ConsumerRecord<byte[], byte[]> sent = requested.stream()
                .filter(record -> fleetVin.equals(new String(record.key(), StandardCharsets.UTF_8)))
                .findFirst().orElseThrow();
        JsonNode command = JSON.readTree(sent.value());
        assertThat(command.path("vin").asText()).isEqualTo(fleetVin);
        assertThat(CommandSignature.verify(stagingKeys.getPublic(), command.path("signature").asText(),
                UUID.fromString(command.path("commandId").asText()), fleetVin, CommandType.UNLOCK,
                Instant.parse(command.path("issuedAt").asText()), Instant.parse(command.path("expiresAt").asText())))
                .isTrue();
        assertThat(Instant.parse(command.path("expiresAt").asText())).isAfter(Instant.now());
    }

    private Cli restamp(String... more) {
        List<String> args = new ArrayList<>(List.of("--staging-key", stagingKeyFile.toString()));
        args.addAll(List.of(more));
        return restampWith(args);
    }

    private Cli restampWith(List<String> more) {
        List<String> args = new ArrayList<>(List.of("replay", recording.toString(), "--restamp", "--kafka", kafka,
                "--command-service", staging.url(), "--simulator", staging.url()));
        args.addAll(more);
        return Cli.run(args.toArray(String[]::new));
    }

    /** Refused with that reason, and the topics it would write to hold as many records as before. */
    private void assertRefused(Cli run, String... reason) throws Exception {
        assertThat(run.exitCode()).isEqualTo(ReplayCommand.REFUSED);
        assertThat(run.err()).contains("REFUSED").contains(reason).contains("Nothing was sent");
        assertThat(topics.size(Restamper.TOPICS)).as("records on " + Restamper.TOPICS)
                .isEqualTo(writableRecordsBefore);
    }

    private static void mark(String environment) {
        try (KafkaTopics platformTopics = new KafkaTopics(kafka)) {
            platformTopics.markEnvironment(environment);
        }
    }

    private static RecordedRecord record(String topic, String value) {
        return new RecordedRecord(topic, 0, 0, Instant.now().toEpochMilli(), null,
                value.getBytes(StandardCharsets.UTF_8), List.of(new RecordedRecord.Header(CloudEventHeaders.ID,
                        UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))));
    }
}
