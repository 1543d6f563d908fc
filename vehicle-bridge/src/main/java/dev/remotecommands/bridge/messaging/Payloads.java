package dev.remotecommands.bridge.messaging;

import dev.remotecommands.contracts.Vin;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.PairingMessage;
import dev.remotecommands.contracts.mqtt.PresenceMessage;
import dev.remotecommands.contracts.mqtt.ProvisioningMessage;
import dev.remotecommands.contracts.mqtt.StateMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.mqtt.WakeupMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Instant;

/** Reads and writes the JSON of Kafka records and car messages; anything malformed is an {@link UnreadablePayload}. */
@ApplicationScoped
public class Payloads {

    /** Longest challenge or device id a pairing report may carry (the width of its columns in pairing_report). */
    static final int MAX_PAIRING_FIELD = 255;

    private final ObjectMapper mapper;

    public Payloads(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CommandRequested commandRequested(String json) {
        return record(json, CommandRequested.class);
    }

    public EnrollmentCompleted enrollmentCompleted(String json) {
        return record(json, EnrollmentCompleted.class);
    }

    public EnrollmentRevoked enrollmentRevoked(String json) {
        return record(json, EnrollmentRevoked.class);
    }

    /** A pairing report; every field but {@code at} is required (the records' constructors check the VIN too). */
    public VehicleReport<PairingMessage> pairing(String topic, byte[] payload) {
        String vin = vinOf(topic);
        PairingMessage pairing = read(payload, PairingMessage.class, "pairing");
        if (isBlank(pairing.challenge()) || isBlank(pairing.deviceId()) || pairing.ignition() == null
                || pairing.privacyMode() == null) {
            throw new UnreadablePayload("pairing without challenge, deviceId, ignition or privacyMode");
        }
        if (pairing.challenge().length() > MAX_PAIRING_FIELD || pairing.deviceId().length() > MAX_PAIRING_FIELD) {
            throw new UnreadablePayload("pairing challenge or deviceId longer than " + MAX_PAIRING_FIELD + " characters");
        }
        // PostgreSQL text cannot hold NUL: a report carrying one would fail its insert on every retry and hold up
        // the pairing reports of every car behind it
        if (hasControlCharacter(pairing.challenge()) || hasControlCharacter(pairing.deviceId())) {
            throw new UnreadablePayload("pairing challenge or deviceId with a control character");
        }
        return new VehicleReport<>(vin, pairing);
    }

    public VehicleReport<AckMessage> ack(String topic, byte[] payload) {
        String vin = vinOf(topic);
        AckMessage ack = read(payload, AckMessage.class, "ack");
        if (ack.commandId() == null || ack.outcome() == null) {
            throw new UnreadablePayload("ack without commandId or outcome");
        }
        return new VehicleReport<>(vin, ack);
    }

    public VehicleReport<PresenceMessage> presence(String topic, byte[] payload) {
        String vin = vinOf(topic);
        PresenceMessage presence = read(payload, PresenceMessage.class, "presence");
        if (presence.status() == null) {
            throw new UnreadablePayload("presence without status");
        }
        return new VehicleReport<>(vin, presence);
    }

    public VehicleReport<StateMessage> state(String topic, byte[] payload) {
        String vin = vinOf(topic);
        StateMessage state = read(payload, StateMessage.class, "state");
        if (state.doors() == null && state.ignition() == null && state.privacyMode() == null) {
            throw new UnreadablePayload("state without doors, ignition or privacyMode");
        }
        return new VehicleReport<>(vin, state);
    }

    /** The {@code vehicles/{vin}/commands} payload of a command, with the fields its signature covers. */
    public String commandMessage(CommandRequested command) {
        return write(new CommandMessage(command.commandId(), command.vin(), command.type(), command.issuedAt(),
                command.expiresAt(), command.signature()));
    }

    public String wakeupMessage(Instant at) {
        return write(new WakeupMessage(at));
    }

    public String provisioningMessage(ProvisioningMessage provisioning) {
        return write(provisioning);
    }

    private <T> T record(String json, Class<T> type) {
        if (json == null) {
            throw new UnreadablePayload("empty " + type.getSimpleName() + " record");
        }
        return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), type, type.getSimpleName());
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String vinOf(String topic) {
        String vin = VehicleTopics.vinOf(topic)
                .orElseThrow(() -> new UnreadablePayload("topic " + topic + " is not a vehicles/{vin}/... topic"));
        if (!Vin.isValid(vin)) {
            throw new UnreadablePayload("topic " + topic + " does not name a valid VIN");
        }
        return vin;
    }

    private <T> T read(byte[] payload, Class<T> type, String what) {
        if (payload == null || payload.length == 0) {
            throw new UnreadablePayload("empty " + what + " payload");
        }
        T value;
        try {
            value = mapper.readValue(payload, type);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePayload("unreadable " + what + " payload", e);
        }
        if (value == null) {
            throw new UnreadablePayload("empty " + what + " payload");
        }
        return value;
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
