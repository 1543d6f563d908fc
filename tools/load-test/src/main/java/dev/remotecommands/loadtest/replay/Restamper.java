package dev.remotecommands.loadtest.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.remotecommands.contracts.CloudEventHeaders;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.vehicle.CommandType;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a recorded record into staging load: the VIN mapped onto the simulated fleet (key, {@code vin},
 * {@code ce_subject}), a fresh command id (the same fresh id for every record of one recorded command) and
 * CloudEvents id, {@code ce_time} and the record timestamp now, and for a {@code CommandRequested} a fresh
 * {@code issuedAt}/{@code expiresAt} (the recorded time to live) signed with the staging key. Only VIN-keyed topics:
 * the OTP topics would reach people's phones. Returns null for a record it cannot restamp (not a JSON object, no VIN, a malformed command).
 */
public final class Restamper {

    /** Topics a restamped replay may write: the VIN-keyed ones. */
    public static final Set<String> TOPICS = Set.of(Topics.ENROLLMENT_COMPLETED, Topics.ENROLLMENT_REVOKED,
            Topics.COMMAND_REQUESTED, Topics.COMMAND_ACKED, Topics.VEHICLE_PAIRING_REPORTED,
            Topics.VEHICLE_STATE_REPORTED);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey key;
    private final Map<String, String> vins;
    private final Map<String, String> commandIds = new HashMap<>();

    public Restamper(PrivateKey key, Map<String, String> vinMap) {
        this.key = key;
        this.vins = vinMap;
    }

    /** The VIN a recorded record is about: its value's {@code vin}, else its key. */
    public static String vinOf(RecordedRecord record) {
        JsonNode value = parse(record.value());
        return value != null && value.path("vin").isTextual() ? value.path("vin").asText() : record.keyText();
    }

    public RecordedRecord restamp(RecordedRecord record) {
        JsonNode parsed = parse(record.value());
        if (!(parsed instanceof ObjectNode value)) {
            return null;
        }
        String recordedVin = value.path("vin").isTextual() ? value.path("vin").asText() : record.keyText();
        if (recordedVin == null) {
            return null;
        }
        String vin = vins.getOrDefault(recordedVin, recordedVin);
        if (value.has("vin")) {
            value.put("vin", vin);
        }
        Instant now = Instant.now();
        if (value.path("commandId").isTextual()) {
            value.put("commandId", commandIds.computeIfAbsent(value.path("commandId").asText(),
                    old -> UUID.randomUUID().toString()));
        }
        if (record.topic().equals(Topics.COMMAND_REQUESTED) && !resign(value, vin, now)) {
            return null;
        }
        List<RecordedRecord.Header> headers = new ArrayList<>();
        for (RecordedRecord.Header header : record.headers()) {
            headers.add(switch (header.key()) {
                case CloudEventHeaders.ID -> text(header.key(), UUID.randomUUID().toString());
                case CloudEventHeaders.TIME -> text(header.key(), now.toString());
                case CloudEventHeaders.SUBJECT -> text(header.key(), vin);
                default -> header;
            });
        }
        return new RecordedRecord(record.topic(), record.partition(), record.offset(), now.toEpochMilli(),
                vin.getBytes(StandardCharsets.UTF_8), value.toString().getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Fresh issuedAt/expiresAt (the recorded time to live) and their signature; false if the command is malformed. */
    private boolean resign(ObjectNode value, String vin, Instant now) {
        try {
            Duration ttl = Duration.between(Instant.parse(value.path("issuedAt").asText()),
                    Instant.parse(value.path("expiresAt").asText()));
            Instant expires = now.plus(ttl);
            String signature = CommandSignature.sign(key, UUID.fromString(value.path("commandId").asText()), vin,
                    CommandType.valueOf(value.path("type").asText()), now, expires);
            value.put("issuedAt", now.toString());
            value.put("expiresAt", expires.toString());
            value.put("signature", signature);
            return true;
        } catch (DateTimeParseException | IllegalArgumentException malformed) {
            return false;
        }
    }

    private static RecordedRecord.Header text(String key, String value) {
        return new RecordedRecord.Header(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode parse(byte[] value) {
        try {
            return value == null ? null : JSON.readTree(value);
        } catch (java.io.IOException | RuntimeException notJson) {
            return null;
        }
    }
}
