package dev.remotecommands.bridge.messaging;

import dev.remotecommands.contracts.Channels;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.mqtt.SendingMqttMessageMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.time.Duration;

/** Publishes to the cars' MQTT topics, QoS 1; the topic is chosen per message. */
@ApplicationScoped
public class VehicleLink {

    private static final Duration PUBLISH_ACK_TIMEOUT = Duration.ofSeconds(5);

    private final MutinyEmitter<String> out;

    public VehicleLink(@Channel(Channels.VEHICLE_OUT) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<String> out) {
        this.out = out;
    }

    /** Completes once the message is handed to the broker; fails if the broker cannot be reached. */
    public Uni<Void> publish(String topic, String json) {
        return send(topic, json, false);
    }

    /** Like {@link #publish}, retained: the broker keeps it for the car and hands it over on every (re)subscribe. */
    public Uni<Void> publishRetained(String topic, String json) {
        return send(topic, json, true);
    }

    private Uni<Void> send(String topic, String json, boolean retain) {
        return out.sendMessage(Message.of(json)
                        .addMetadata(new SendingMqttMessageMetadata(topic, MqttQoS.AT_LEAST_ONCE, retain)))
                // A message in flight when the connection drops may never be acknowledged: give up on it, so the
                // caller counts it unpublished (the sweep publishes it again) instead of waiting forever.
                .ifNoItem().after(PUBLISH_ACK_TIMEOUT)
                .failWith(() -> new IllegalStateException(
                        "no PUBACK within " + PUBLISH_ACK_TIMEOUT.toSeconds() + " s"));
    }
}
