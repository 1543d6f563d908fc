package dev.remotecommands.loadtest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.remotecommands.contracts.CloudEventHeaders;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.vehicle.CommandType;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A restamped record is fresh staging load: new ids, new times, the staging key's signature, a fleet car. */
class RestamperTest {

    private static final String RECORDED_VIN = "VF7PRODCAR0000001";
    private static final String FLEET_VIN = "VF7DEMCAR00000011";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair production = CommandSignature.generateKeyPair();
    private final KeyPair staging = CommandSignature.generateKeyPair();
    private final UUID commandId = UUID.randomUUID();
    private final Instant issuedAt = Instant.parse("2026-11-30T10:00:00Z");
    private final Instant expiresAt = issuedAt.plusSeconds(120);

    private final Restamper restamper = new Restamper(staging.getPrivate(), Map.of(RECORDED_VIN, FLEET_VIN));

    @Test
    void a_command_gets_a_fresh_id_fresh_times_with_its_time_to_live_and_a_staging_signature_for_a_fleet_car()
            throws Exception {
        Instant before = Instant.now();

        RecordedRecord restamped = restamper.restamp(commandRequested());

        JsonNode value = JSON.readTree(restamped.value());
        UUID freshId = UUID.fromString(value.path("commandId").asText());
        Instant freshIssuedAt = Instant.parse(value.path("issuedAt").asText());
        Instant freshExpiresAt = Instant.parse(value.path("expiresAt").asText());
        assertThat(freshId).isNotEqualTo(commandId);
        assertThat(freshIssuedAt).isAfterOrEqualTo(before);
        assertThat(Duration.between(freshIssuedAt, freshExpiresAt)).isEqualTo(Duration.ofSeconds(120));
        assertThat(value.path("vin").asText()).isEqualTo(FLEET_VIN);
        assertThat(restamped.keyText()).isEqualTo(FLEET_VIN);
        assertThat(restamped.header(CloudEventHeaders.SUBJECT)).isEqualTo(FLEET_VIN);
        assertThat(value.path("accountId").asText()).isEqualTo("account-1");
        assertThat(CommandSignature.verify(staging.getPublic(), value.path("signature").asText(), freshId, FLEET_VIN,
                CommandType.UNLOCK, freshIssuedAt, freshExpiresAt)).as("signed by the staging key").isTrue();
        assertThat(CommandSignature.verify(production.getPublic(), value.path("signature").asText(), freshId,
                FLEET_VIN, CommandType.UNLOCK, freshIssuedAt, freshExpiresAt)).isFalse();
    }

    @Test
    void the_event_id_and_time_are_fresh_the_other_headers_kept() {
        RecordedRecord recorded = commandRequested();
        Instant before = Instant.now();

        RecordedRecord restamped = restamper.restamp(recorded);

        assertThat(restamped.header(CloudEventHeaders.ID)).isNotEqualTo(recorded.header(CloudEventHeaders.ID));
        UUID.fromString(restamped.header(CloudEventHeaders.ID));
        assertThat(Instant.parse(restamped.header(CloudEventHeaders.TIME))).isAfter(issuedAt);
        assertThat(restamped.header(CloudEventHeaders.TYPE)).isEqualTo(recorded.header(CloudEventHeaders.TYPE));
        assertThat(restamped.timestamp()).isGreaterThanOrEqualTo(before.toEpochMilli());
    }

    @Test
    void every_record_of_one_recorded_command_gets_the_same_fresh_id_and_a_replay_again_another() throws Exception {
        RecordedRecord ack = record(Topics.COMMAND_ACKED, """
                {"commandId":"%s","vin":"%s","status":"SUCCEEDED","at":"2026-11-30T10:00:03Z"}"""
                .formatted(commandId, RECORDED_VIN));

        String requestedId = idOf(restamper.restamp(commandRequested()));
        String ackedId = idOf(restamper.restamp(ack));
        String nextRunId = idOf(new Restamper(staging.getPrivate(), Map.of()).restamp(commandRequested()));

        assertThat(ackedId).isEqualTo(requestedId);
        assertThat(nextRunId).isNotIn(requestedId, commandId.toString());
    }

    @Test
    void a_vin_without_a_mapping_keeps_its_vin_and_a_record_that_is_not_restampable_is_skipped() {
        RecordedRecord state = record(Topics.VEHICLE_STATE_REPORTED, "{\"vin\":\"VF7DEMCAR00000012\"}");

        assertThat(restamper.restamp(state).keyText()).isEqualTo("VF7DEMCAR00000012");
        assertThat(restamper.restamp(record(Topics.VEHICLE_STATE_REPORTED, "not json"))).isNull();
        assertThat(restamper.restamp(record(Topics.COMMAND_REQUESTED, "{\"vin\":\"" + RECORDED_VIN
                + "\",\"issuedAt\":\"yesterday\"}"))).isNull();
    }

    private RecordedRecord commandRequested() {
        String signature = CommandSignature.sign(production.getPrivate(), commandId, RECORDED_VIN, CommandType.UNLOCK,
                issuedAt, expiresAt);
        return record(Topics.COMMAND_REQUESTED, """
                {"commandId":"%s","vin":"%s","accountId":"account-1","type":"UNLOCK","issuedAt":"%s",\
                "expiresAt":"%s","signature":"%s"}""".formatted(commandId, RECORDED_VIN, issuedAt, expiresAt,
                signature));
    }

    private static RecordedRecord record(String topic, String value) {
        return new RecordedRecord(topic, 2, 10, Instant.parse("2026-11-30T10:00:00Z").toEpochMilli(),
                RECORDED_VIN.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8), List.of(
                        header(CloudEventHeaders.ID, UUID.randomUUID().toString()),
                        header(CloudEventHeaders.TYPE, CloudEventHeaders.typeOf(topic)),
                        header(CloudEventHeaders.TIME, "2026-11-30T10:00:00Z"),
                        header(CloudEventHeaders.SUBJECT, RECORDED_VIN)));
    }

    private static RecordedRecord.Header header(String key, String value) {
        return new RecordedRecord.Header(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String idOf(RecordedRecord record) throws Exception {
        return JSON.readTree(record.value()).path("commandId").asText();
    }
}
