package dev.remotecommands.bridge.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** Publishes to the cars' MQTT topics, QoS 1, through the bridge's {@link BrokerSession}. */
@ApplicationScoped
public class VehicleLink {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(5);

    private final BrokerSession broker;

    public VehicleLink(BrokerSession broker) {
        this.broker = broker;
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
        return broker.publish(topic, json, retain)
                // A publication caught in a dropping connection may never complete: give up on it, so the caller
                // counts it unpublished (the sweep publishes it again) instead of waiting forever.
                .ifNoItem().after(PUBLISH_TIMEOUT)
                .failWith(() -> new IllegalStateException(
                        "not written to the broker within " + PUBLISH_TIMEOUT.toSeconds() + " s"));
    }
}
