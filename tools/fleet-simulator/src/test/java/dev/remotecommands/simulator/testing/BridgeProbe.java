package dev.remotecommands.simulator.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.ProvisioningMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.CommandType;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The tests' stand-in for the vehicle-bridge: a plain MQTT 3.1.1 client that sends signed commands, wake-ups
 * and (retained) provisioning to the cars and records everything the cars publish.
 */
public final class BridgeProbe implements AutoCloseable {

    /** A message a car published, as the probe received it. */
    public record Received(String topic, String payload, boolean retained) {
    }

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Vertx vertx = Vertx.vertx();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final MqttClient client;
    private volatile Instant closedAt;

    public BridgeProbe() {
        client = connect("test-bridge-" + UUID.randomUUID());
        client.closeHandler(v -> closedAt = Instant.now());
        client.publishHandler(message -> received.add(new Received(message.topicName(),
                message.payload().toString(), message.isRetain())));
        sync(client.subscribe(Map.of(
                "vehicles/+/" + VehicleTopics.ACKS, 1,
                "vehicles/+/" + VehicleTopics.STATE, 1,
                "vehicles/+/" + VehicleTopics.PRESENCE, 1,
                "vehicles/+/" + VehicleTopics.PAIRING, 1)));
    }

    /** A command for this car signed with the platform key, issued now and valid for a minute. */
    public static CommandMessage signedCommand(String vin, CommandType type) {
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return signedCommand(CommandKeysTestResource.PLATFORM_KEYS, vin, type, issuedAt, issuedAt.plusSeconds(60));
    }

    public static CommandMessage signedCommand(KeyPair keys, String vin, CommandType type, Instant issuedAt,
            Instant expiresAt) {
        UUID id = UUID.randomUUID();
        return new CommandMessage(id, vin, type, issuedAt, expiresAt,
                CommandSignature.sign(keys.getPrivate(), id, vin, type, issuedAt, expiresAt));
    }

    /**
     * Provisions the car as vehicle-bridge does: a retained {@code vehicles/{vin}/provisioning} message turning remote
     * control on for one phone, with the platform's command-verification key.
     */
    public void provision(String vin) {
        provision(vin, new ProvisioningMessage(true, List.of("phone-1"),
                CommandSignature.encode(CommandKeysTestResource.PLATFORM_KEYS.getPublic()), Instant.now()));
    }

    public void provision(String vin, ProvisioningMessage provisioning) {
        publish(VehicleTopics.of(vin, VehicleTopics.PROVISIONING), write(provisioning), true);
    }

    public void send(CommandMessage command) {
        publish(VehicleTopics.of(command.vin(), VehicleTopics.COMMANDS), write(command), false);
    }

    public void publish(String topic, String payload, boolean retain) {
        if (closedAt != null) {
            throw new IllegalStateException("the probe's MQTT connection was closed at " + closedAt);
        }
        sync(client.publish(topic, Buffer.buffer(payload), MqttQoS.AT_LEAST_ONCE, false, retain));
    }

    /** Waits for the car's answers to a command until there are {@code count} of them. */
    public List<AckMessage> awaitAcks(String vin, UUID commandId, int count) {
        return await().atMost(WAIT).until(() -> acks(vin, commandId), acks -> acks.size() >= count);
    }

    public AckMessage awaitAck(String vin, UUID commandId) {
        return awaitAcks(vin, commandId, 1).get(0);
    }

    public List<AckMessage> acks(String vin, UUID commandId) {
        return messages(vin, VehicleTopics.ACKS).stream()
                .map(message -> read(message.payload(), AckMessage.class))
                .filter(ack -> commandId.equals(ack.commandId()))
                .toList();
    }

    /** Everything received so far on one car topic, oldest first. */
    public List<Received> messages(String vin, String kind) {
        String topic = VehicleTopics.of(vin, kind);
        return received.stream().filter(message -> message.topic().equals(topic)).toList();
    }

    /** Waits for a message on a car topic that matches, and returns it parsed. */
    public <T> T awaitMessage(String vin, String kind, Class<T> type, Predicate<T> matching) {
        return await().atMost(WAIT).until(() -> messages(vin, kind).stream()
                .map(message -> read(message.payload(), type))
                .filter(matching)
                .reduce((first, second) -> second)
                .orElse(null), message -> message != null);
    }

    /** What a newcomer subscribing now gets as the topic's retained message. */
    public <T> T retained(String vin, String kind, Class<T> type) {
        Queue<Received> retained = new ConcurrentLinkedQueue<>();
        MqttClient reader = connect("test-reader-" + UUID.randomUUID());
        try {
            reader.publishHandler(message -> {
                if (message.isRetain()) {
                    retained.add(new Received(message.topicName(), message.payload().toString(), true));
                }
            });
            sync(reader.subscribe(VehicleTopics.of(vin, kind), 1));
            Received message = await().atMost(WAIT).until(retained::peek, r -> r != null);
            return read(message.payload(), type);
        } finally {
            sync(reader.disconnect());
        }
    }

    public String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            sync(client.disconnect());
        } finally {
            sync(vertx.close());
        }
    }

    private MqttClient connect(String clientId) {
        // A publish completes when written, not on PUBACK: leave room for bursts (provisioning the whole fleet).
        MqttClient mqtt = MqttClient.create(vertx, new MqttClientOptions().setClientId(clientId).setCleanSession(true)
                .setMaxInflightQueue(1000));
        String host = ConfigProvider.getConfig().getValue("mqtt.host", String.class);
        int port = ConfigProvider.getConfig().getValue("mqtt.port", Integer.class);
        sync(mqtt.connect(port, host));
        return mqtt;
    }

    private static <T> T sync(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("MQTT operation failed", e);
        }
    }
}
