package dev.remotecommands.simulator.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.ProvisioningMessage;
import dev.remotecommands.contracts.mqtt.WakeupMessage;
import dev.remotecommands.simulator.Provisioning;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * JSON of the vehicle MQTT protocol, both ways. Whatever cannot be read is logged at WARN with its topic and
 * comes back empty, so a garbage payload is dropped and the car keeps working.
 */
@ApplicationScoped
public class VehicleMessages {

    private static final Logger LOG = Logger.getLogger(VehicleMessages.class);
    private static final int LOGGED_PAYLOAD_CHARS = 200;

    private final ObjectMapper mapper;

    public VehicleMessages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Buffer encode(Object payload) {
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + payload.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * A command. A payload that names a command id but is otherwise malformed (unknown type, bad instant) comes
     * back with only that id, so the car refuses it with an ack instead of leaving the sender waiting.
     */
    public Optional<CommandMessage> command(String topic, Buffer payload) {
        Optional<JsonNode> json = json(topic, payload);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        Optional<UUID> commandId = uuid(json.get().get("commandId"));
        if (commandId.isEmpty()) {
            warn(topic, payload, "dropped: no valid commandId");
            return Optional.empty();
        }
        try {
            CommandMessage command = mapper.treeToValue(json.get(), CommandMessage.class);
            return Optional.of(command);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            warn(topic, payload, "refusing malformed command " + commandId.get() + ": " + firstLine(e));
            return Optional.of(new CommandMessage(commandId.get(), null, null, null, null, null));
        }
    }

    /** A wake-up; its content does not matter beyond being a wake-up message. */
    public Optional<WakeupMessage> wakeup(String topic, Buffer payload) {
        return read(topic, payload, WakeupMessage.class);
    }

    /**
     * The retained provisioning. An empty payload is the platform clearing it: the car is no longer provisioned.
     */
    public Optional<Provisioning> provisioning(String topic, Buffer payload) {
        if (payload.length() == 0) {
            return Optional.of(Provisioning.NONE);
        }
        Optional<ProvisioningMessage> message = read(topic, payload, ProvisioningMessage.class);
        if (message.isEmpty()) {
            return Optional.empty();
        }
        Optional<PublicKey> key = Optional.empty();
        String commandKey = message.get().commandKey();
        if (commandKey != null && !commandKey.isBlank()) {
            try {
                key = Optional.of(CommandSignature.publicKey(commandKey));
            } catch (IllegalArgumentException e) {
                warn(topic, payload, "dropped: commandKey is not a base64 X.509 Ed25519 public key");
                return Optional.empty();
            }
        }
        List<String> devices = message.get().devices() == null ? List.of() : message.get().devices();
        return Optional.of(new Provisioning(message.get().remoteControl(), devices, key));
    }

    private <T> Optional<T> read(String topic, Buffer payload, Class<T> type) {
        try {
            T value = mapper.readValue(payload.getBytes(), type);
            if (value == null) {
                warn(topic, payload, "dropped: empty payload");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (IOException | IllegalArgumentException e) {
            warn(topic, payload, "dropped: " + firstLine(e));
            return Optional.empty();
        }
    }

    private Optional<JsonNode> json(String topic, Buffer payload) {
        try {
            JsonNode node = mapper.readTree(payload.getBytes());
            if (node == null || !node.isObject()) {
                warn(topic, payload, "dropped: not a JSON object");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (IOException e) {
            warn(topic, payload, "dropped: " + firstLine(e));
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(node.asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void warn(String topic, Buffer payload, String why) {
        String text = payload.toString();
        if (text.length() > LOGGED_PAYLOAD_CHARS) {
            text = text.substring(0, LOGGED_PAYLOAD_CHARS) + "...";
        }
        LOG.warnf("Unreadable message on %s, %s; payload: %s", topic, why, text);
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
