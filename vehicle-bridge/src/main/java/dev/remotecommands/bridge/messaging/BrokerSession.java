package dev.remotecommands.bridge.messaging;

import dev.remotecommands.bridge.config.BridgeConfig;

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
import org.jboss.logging.Logger;

import java.time.Clock;
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

    private final MqttClientSession session;
    private volatile Instant connectedSince;

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
        session.messageHandler(handler::accept);
        topicFilters.forEach(filter -> session.subscribe(filter, RequestedQoS.QOS_1)
                .onSuccess(qos -> LOG.infof("Subscribed to %s (QoS %d)", filter, qos))
                .onFailure(failure -> LOG.errorf("Could not subscribe to %s: %s", filter, failure.getMessage())));
        session.start();
    }

    /**
     * Completes once the message is written to the broker; fails at once if there is no connection. It completes
     * on the caller's Vert.x context, so a reactive transaction can follow it.
     */
    public Uni<Void> publish(String topic, String json, boolean retain) {
        return onCallersContext(() -> session.publish(topic, Buffer.buffer(json), MqttQoS.AT_LEAST_ONCE, false,
                retain)).replaceWithVoid();
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
        return onCallersContext(session::stop).chain(() -> onCallersContext(session::start));
    }

    /** The session answers on its own event loop; the result is handed back where the caller was. */
    private static <T> Uni<T> onCallersContext(Supplier<Future<T>> call) {
        return Uni.createFrom().emitter(emitter -> {
            Context caller = Vertx.currentContext();
            call.get().onComplete(result -> {
                Runnable hand = () -> {
                    if (result.succeeded()) {
                        emitter.complete(result.result());
                    } else {
                        emitter.fail(result.cause());
                    }
                };
                if (caller == null || caller == Vertx.currentContext()) {
                    hand.run();
                } else {
                    caller.runOnContext(ignored -> hand.run());
                }
            });
        });
    }

    @PreDestroy
    void close() {
        session.stop();
    }
}
