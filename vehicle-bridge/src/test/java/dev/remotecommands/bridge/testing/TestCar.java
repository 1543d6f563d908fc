package dev.remotecommands.bridge.testing;

import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.Presence;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Plays one car with a plain MQTT 3.1.1 client: listens on its commands, wakeup and provisioning topics, and
 * publishes presence, state, pairing reports and acks as the vehicle protocol says.
 */
public final class TestCar implements AutoCloseable {

    private final String vin;
    private final Vertx vertx;
    private final String clientId;
    private final boolean persistentSession;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<String> wakeups = new CopyOnWriteArrayList<>();
    private final List<String> provisionings = new CopyOnWriteArrayList<>();
    private volatile MqttClient client;

    private TestCar(Vertx vertx, String vin, boolean persistentSession) {
        this.vertx = vertx;
        this.vin = vin;
        this.clientId = "test-car-" + vin + "-" + UUID.randomUUID();
        this.persistentSession = persistentSession;
    }

    /** Connects the car to the broker and waits until its subscriptions are in place. */
    public static TestCar connect(Vertx vertx, String host, int port, String vin) {
        TestCar car = new TestCar(vertx, vin, false);
        car.open(host, port);
        return car;
    }

    /**
     * Like {@link #connect}, with a session the broker keeps while the car is away: QoS 1 messages published in the
     * meantime are delivered when it {@link #reconnect reconnects}.
     */
    public static TestCar connectWithPersistentSession(Vertx vertx, String host, int port, String vin) {
        TestCar car = new TestCar(vertx, vin, true);
        car.open(host, port);
        return car;
    }

    /** Connects again with the same client id (after the broker restarted, say). */
    public void reconnect(String host, int port) {
        open(host, port);
    }

    private void open(String host, int port) {
        MqttClient next = MqttClient.create(vertx, new MqttClientOptions()
                .setClientId(clientId)
                .setCleanSession(!persistentSession));
        CompletableFuture<Void> subscribed = new CompletableFuture<>();
        next.publishHandler(message -> {
            String payload = message.payload().toString();
            if (message.topicName().endsWith("/" + VehicleTopics.COMMANDS)) {
                commands.add(payload);
            } else if (message.topicName().endsWith("/" + VehicleTopics.WAKEUP)) {
                wakeups.add(payload);
            } else if (message.topicName().endsWith("/" + VehicleTopics.PROVISIONING)) {
                provisionings.add(payload);
            }
        });
        next.subscribeCompletionHandler(ack -> subscribed.complete(null));
        await(next.connect(port, host).toCompletionStage().toCompletableFuture());
        client = next;
        next.subscribe(Map.of(VehicleTopics.of(vin, VehicleTopics.COMMANDS), 1,
                VehicleTopics.of(vin, VehicleTopics.WAKEUP), 1,
                VehicleTopics.of(vin, VehicleTopics.PROVISIONING), 1));
        await(subscribed);
    }

    public String vin() {
        return vin;
    }

    /** The command payloads the car received, in order. */
    public List<String> commands() {
        return new ArrayList<>(commands);
    }

    /** The wake-up payloads the car received. */
    public List<String> wakeups() {
        return new ArrayList<>(wakeups);
    }

    /** The provisioning payloads the car received, in order (a retained one first, on subscribing). */
    public List<String> provisionings() {
        return new ArrayList<>(provisionings);
    }

    /** The car saw a phone pair over Bluetooth and hand it this challenge. */
    public void pairing(String challenge, String deviceId, String ignition, String privacyMode, Instant at) {
        publish(VehicleTopics.PAIRING, """
                {"challenge":"%s","deviceId":"%s","ignition":"%s","privacyMode":"%s","at":"%s"}"""
                .formatted(challenge, deviceId, ignition, privacyMode, at));
    }

    public void presence(Presence status) {
        publish(VehicleTopics.PRESENCE, """
                {"status":"%s","at":"%s"}""".formatted(status, Instant.now()));
    }

    public void state(String doors, String ignition, String privacyMode) {
        publish(VehicleTopics.STATE, """
                {"doors":"%s","ignition":"%s","privacyMode":"%s","at":"%s"}"""
                .formatted(doors, ignition, privacyMode, Instant.now()));
    }

    public void ack(UUID commandId, CarOutcome outcome, String reason, String doors) {
        String reasonJson = reason == null ? "null" : "\"" + reason + "\"";
        publish(VehicleTopics.ACKS, """
                {"commandId":"%s","outcome":"%s","reason":%s,
                 "state":{"doors":"%s","ignition":"OFF","privacyMode":"SHARING"},"at":"%s"}"""
                .formatted(commandId, outcome, reasonJson, doors, Instant.now()));
    }

    /** Publishes raw bytes on one of this car's topics, e.g. {@code acks}. */
    public void publish(String kind, String payload) {
        publishRaw(VehicleTopics.of(vin, kind), payload);
    }

    /** Publishes raw text on any topic. */
    public void publishRaw(String topic, String payload) {
        await(client.publish(topic, Buffer.buffer(payload), MqttQoS.AT_LEAST_ONCE, false, false)
                .toCompletionStage().toCompletableFuture());
    }

    @Override
    public void close() {
        if (client.isConnected()) {
            await(client.disconnect().toCompletionStage().toCompletableFuture());
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("MQTT test car: " + e.getMessage(), e);
        }
    }
}
