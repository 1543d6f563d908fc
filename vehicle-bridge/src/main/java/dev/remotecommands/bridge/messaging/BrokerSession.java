package dev.remotecommands.bridge.messaging;

import dev.remotecommands.bridge.config.BridgeConfig;
import dev.remotecommands.bridge.metrics.BridgeMetrics;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.mqtt.session.ConstantReconnectDelayOptions;
import io.smallrye.reactive.messaging.mqtt.session.MqttClientSession;
import io.smallrye.reactive.messaging.mqtt.session.MqttClientSessionOptions;
import io.smallrye.reactive.messaging.mqtt.session.RequestedQoS;
import io.smallrye.reactive.messaging.mqtt.session.SessionState;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.messages.MqttPublishMessage;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The bridge's one MQTT 3.1.1 session with the broker: it reads the cars' topics through shared subscriptions and
 * publishes to the cars. It reconnects by itself (every {@code bridge.mqtt.reconnect-interval}) and subscribes
 * again after each reconnect. It is the bridge's own session rather than a messaging channel so that it can be
 * {@linkplain #reconnect(String) started afresh} when the broker stops delivering to it (see {@code AckSilenceWatch}).
 */
@ApplicationScoped
public class BrokerSession {

    private static final Logger LOG = Logger.getLogger(BrokerSession.class);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(5);

    private final MqttClientSession session;
    private volatile Instant connectedSince;
    @Inject
    BridgeMetrics metrics;

    public BrokerSession(Vertx vertx, BridgeConfig config, Clock clock) {
        BridgeConfig.Mqtt mqtt = config.mqtt();
        MqttClientSessionOptions options = new MqttClientSessionOptions();
        options.setHostname(mqtt.host());
        options.setPort(mqtt.port());
        // A fresh id per process: two instances must never take over each other's connection.
        options.setClientId("vehicle-bridge-" + UUID.randomUUID());
        options.setCleanSession(true);
        options.setReconnectDelay(new ConstantReconnectDelayOptions().setDelay(mqtt.reconnectInterval()));
        // QoS 1 messages awaiting the broker's PUBACK. Vert.x' default of 10 refused most of the commands published
        // again at once after a reconnect ("Attempt to exceed the limit of 10 inflight messages").
        options.setMaxInflightQueue(mqtt.maxInflight());
        options.setMaxMessageSize(mqtt.maxMessageSize());
        this.session = MqttClientSession.create(vertx, options);
        session.sessionStateHandler(event -> {
            if (event.getSessionState() == SessionState.CONNECTED) {
                connectedSince = clock.instant();
                LOG.infof("Connected to the MQTT broker %s:%d", mqtt.host(), mqtt.port());
            } else if (event.getSessionState() == SessionState.DISCONNECTED) {
                String cause = event.getCause() == null ? "" : ": " + event.getCause().getMessage();
                if (connectedSince != null) {
                    LOG.warnf("Lost the connection to the MQTT broker%s; reconnecting every %d ms", cause,
                            mqtt.reconnectInterval().toMillis());
                } else {
                    LOG.debugf("Could not connect to the MQTT broker%s", cause);
                }
                connectedSince = null;
            }
        });
    }

    /** Subscribes (QoS 1) to these topic filters, hands every message received to {@code handler}, and connects. */
    public void open(List<String> topicFilters, Consumer<MqttPublishMessage> handler) {
        session.messageHandler(message -> {
            metrics.received(message.topicName());
            handler.accept(message);
        });
        topicFilters.forEach(filter -> session.subscribe(filter, RequestedQoS.QOS_1)
                .onSuccess(qos -> LOG.infof("Subscribed to %s (QoS %d)", filter, qos))
                .onFailure(failure -> LOG.errorf("Could not subscribe to %s: %s", filter, failure.getMessage())));
        session.start();
    }

    /**
     * Publishes to a car's topic, QoS 1. Completes once the message is written to the broker, on the caller's Vert.x
     * context (so a reactive transaction can follow); fails at once without a connection.
     */
    public Uni<Void> publish(String topic, String json) {
        return send(topic, json, false);
    }

    /** Like {@link #publish}, retained: the broker keeps it for the car and hands it over on every (re)subscribe. */
    public Uni<Void> publishRetained(String topic, String json) {
        return send(topic, json, true);
    }

    private Uni<Void> send(String topic, String json, boolean retain) {
        return onCallersContext(call(() -> session.publish(topic, Buffer.buffer(json), MqttQoS.AT_LEAST_ONCE, false,
                retain))
                // A publication caught in a dropping connection may never complete: give up on it, so the caller
                // counts it unpublished (the sweep publishes it again) instead of waiting forever.
                .ifNoItem().after(PUBLISH_TIMEOUT)
                .failWith(() -> new IllegalStateException(
                        "not written to the broker within " + PUBLISH_TIMEOUT.toSeconds() + " s"))
                // counted once written: a publication refused while disconnected is tried again, not sent twice
                .invoke(() -> metrics.published(topic))
                .replaceWithVoid());
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    /** Since when the current connection is up; null while disconnected. */
    public Instant connectedSince() {
        return connectedSince;
    }

    /** Drops the connection and connects again, subscribing afresh. */
    public Uni<Void> reconnect(String why) {
        LOG.warnf("Reconnecting to the MQTT broker: %s", why);
        return onCallersContext(call(session::stop).chain(() -> call(session::start)));
    }

    private static <T> Uni<T> call(Supplier<Future<T>> call) {
        return Uni.createFrom().completionStage(() -> call.get().toCompletionStage());
    }

    /**
     * The session answers on its own event loop, and a time-out on a timer thread: either outcome is handed back to
     * the caller's Vert.x context, where its reactive transaction lives.
     */
    private static <T> Uni<T> onCallersContext(Uni<T> uni) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            return caller == null ? uni : uni.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }

    @PreDestroy
    void close() {
        session.stop();
    }
}
