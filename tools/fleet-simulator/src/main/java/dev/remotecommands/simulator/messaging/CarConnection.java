package dev.remotecommands.simulator.messaging;

import dev.remotecommands.contracts.mqtt.VehicleTopics;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import io.vertx.mqtt.messages.MqttPublishMessage;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One car's own MQTT connection: client id = VIN, and a last will that marks the car OFFLINE (retained, QoS 1)
 * when the link drops. It subscribes to the car's commands, wakeup and provisioning topics and reconnects,
 * with a growing pause, whenever the broker goes away. Every attempt waits for its turn at the fleet's
 * {@link ConnectGate}. Use it on the car's Vert.x context only.
 */
public final class CarConnection {

    /** What the car does when the link comes up and when a message arrives. Called on the car's context. */
    public interface Listener {

        /** Subscribed and ready: time to announce presence and state. */
        void onConnected();

        /** The link that {@link #onConnected()} announced is gone (broker away, or the car left). */
        void onDisconnected();

        /** A message on one of the car's topics; {@code kind} is one of {@link VehicleTopics}' kinds. */
        void onMessage(String kind, String topic, Buffer payload);
    }

    private static final Logger LOG = Logger.getLogger(CarConnection.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    // The broker acks QoS 1 quickly; the room is for bursts of acks and state reports during load runs.
    private static final int MAX_IN_FLIGHT = 100;

    private final Context context;
    private final String vin;
    private final MqttSettings settings;
    private final ConnectGate gate;
    private final Supplier<Buffer> lastWill;
    private final Listener listener;

    private MqttClient client;
    private volatile boolean connected;
    private boolean closing;
    private Duration nextRetry = FIRST_RETRY;
    private int failedAttempts;

    /**
     * @param context  the car's context: the connection, its callbacks and its timers all run on it
     * @param gate     shared by the fleet: how many cars may be setting up their connection at once
     * @param lastWill the OFFLINE presence payload, made fresh for each connection attempt
     */
    public CarConnection(Context context, String vin, MqttSettings settings, ConnectGate gate,
            Supplier<Buffer> lastWill, Listener listener) {
        this.context = context;
        this.vin = vin;
        this.settings = settings;
        this.gate = gate;
        this.lastWill = lastWill;
        this.listener = listener;
    }

    public void open() {
        closing = false;
        attempt();
    }

    public boolean isConnected() {
        return connected;
    }

    /** Publishes on one of this car's topics with QoS 1; fails at once when the car is not connected. */
    public Future<Void> publish(String kind, Buffer payload, boolean retain) {
        if (!connected) {
            return Future.failedFuture(new IllegalStateException(vin + " is not connected to the MQTT broker"));
        }
        try {
            return client.publish(VehicleTopics.of(vin, kind), payload, MqttQoS.AT_LEAST_ONCE, false, retain)
                    .mapEmpty();
        } catch (RuntimeException e) {
            // Vert.x throws instead of failing when the link dropped an instant ago.
            return Future.failedFuture(e);
        }
    }

    /**
     * Leaves cleanly: publishes {@code goodbye} (a clean disconnect does not fire the last will), then
     * disconnects and stops reconnecting.
     */
    public Future<Void> close(Buffer goodbye, String goodbyeKind) {
        closing = true;
        if (!connected) {
            return Future.succeededFuture();
        }
        MqttClient leaving = client;
        return publish(goodbyeKind, goodbye, true)
                .recover(e -> Future.succeededFuture())
                .compose(v -> leaving.disconnect())
                .recover(e -> Future.succeededFuture());
    }

    private void attempt() {
        if (!closing) {
            gate.enter(turn -> context.runOnContext(v -> attempt(turn)));
        }
    }

    private void attempt(ConnectGate.Turn turn) {
        if (closing) {
            turn.leave();
            return;
        }
        client = MqttClient.create(context.owner(), options());
        MqttClient attempting = client;
        attempting.publishHandler(this::dispatch);
        attempting.closeHandler(v -> {
            turn.leave();
            lost(attempting);
        });
        attempting.connect(settings.port(), settings.host())
                .compose(ack -> attempting.subscribe(Map.of(
                        VehicleTopics.of(vin, VehicleTopics.COMMANDS), MqttQoS.AT_LEAST_ONCE.value(),
                        VehicleTopics.of(vin, VehicleTopics.WAKEUP), MqttQoS.AT_LEAST_ONCE.value(),
                        VehicleTopics.of(vin, VehicleTopics.PROVISIONING), MqttQoS.AT_LEAST_ONCE.value())))
                .onComplete(done -> turn.leave())
                .onSuccess(packetId -> {
                    if (attempting != client) {
                        return;
                    }
                    if (closing) {
                        attempting.disconnect();
                        return;
                    }
                    connected = true;
                    nextRetry = FIRST_RETRY;
                    failedAttempts = 0;
                    LOG.debugf("%s connected to %s:%d", vin, settings.host(), settings.port());
                    listener.onConnected();
                })
                .onFailure(e -> {
                    // Said once per outage; the retries that follow are only worth a debug line.
                    if (failedAttempts++ == 0) {
                        LOG.warnf("%s cannot reach the MQTT broker at %s:%d (%s); retrying", vin, settings.host(),
                                settings.port(), e.getMessage());
                    } else {
                        LOG.debugf("%s still cannot reach the MQTT broker: %s", vin, e.getMessage());
                    }
                    if (attempting.isConnected()) {
                        attempting.disconnect();
                    } else {
                        retryLater(attempting);
                    }
                });
    }

    private void lost(MqttClient closed) {
        if (closed != client) {
            return;
        }
        boolean wasConnected = connected;
        connected = false;
        if (wasConnected) {
            listener.onDisconnected();
        }
        if (closing) {
            return;
        }
        if (wasConnected) {
            LOG.infof("%s lost its MQTT connection, reconnecting", vin);
        }
        retryLater(closed);
    }

    private void retryLater(MqttClient failed) {
        if (closing || failed != client) {
            return;
        }
        // Forget the failed client so that its late close callback does not schedule a second attempt.
        client = null;
        long delay = Math.max(1, nextRetry.toMillis());
        nextRetry = min(nextRetry.multipliedBy(2), settings.reconnectMaxDelay());
        context.owner().setTimer(delay, id -> attempt());
    }

    private void dispatch(MqttPublishMessage message) {
        String topic = message.topicName();
        String kind = topic.substring(topic.lastIndexOf('/') + 1);
        listener.onMessage(kind, topic, message.payload());
    }

    private MqttClientOptions options() {
        MqttClientOptions options = new MqttClientOptions()
                .setClientId(vin)
                // A car's modem keeps its session: what was queued for it while the link was down still arrives.
                .setCleanSession(false)
                .setKeepAliveInterval((int) Math.max(1, settings.keepAlive().toSeconds()))
                .setAutoKeepAlive(true)
                .setMaxInflightQueue(MAX_IN_FLIGHT)
                .setWillFlag(true)
                .setWillTopic(VehicleTopics.of(vin, VehicleTopics.PRESENCE))
                .setWillMessageBytes(lastWill.get())
                .setWillQoS(MqttQoS.AT_LEAST_ONCE.value())
                .setWillRetain(true);
        options.setConnectTimeout((int) settings.reconnectMaxDelay().toMillis());
        return options;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
