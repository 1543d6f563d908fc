package dev.remotecommands.simulator.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.Presence;
import io.vertx.core.Vertx;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches every car's presence on the broker, as the bridge would see it: how many cars said ONLINE last. For
 * FleetScaleMeasurement, which counts a car as started once the broker has its ONLINE presence.
 */
final class PresenceWatch implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Boolean> online = new ConcurrentHashMap<>();
    private final Vertx vertx = Vertx.vertx();
    private final MqttClient client;

    PresenceWatch(String host, int port) throws Exception {
        client = MqttClient.create(vertx, new MqttClientOptions().setClientId("presence-watch-" + UUID.randomUUID())
                .setCleanSession(true));
        client.publishHandler(message -> {
            String topic = message.topicName();
            String vin = topic.split("/")[1];
            online.put(vin, Presence.ONLINE.name().equals(status(message.payload().getBytes())));
        });
        client.connect(port, host).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        client.subscribe("vehicles/+/" + VehicleTopics.PRESENCE, 1).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    /** Cars whose last presence on the broker is ONLINE. */
    long online() {
        return online.values().stream().filter(Boolean::booleanValue).count();
    }

    @Override
    public void close() throws Exception {
        client.disconnect().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private String status(byte[] payload) {
        try {
            return json.readTree(payload).path("status").asText();
        } catch (IOException e) {
            return "";
        }
    }
}
