package dev.remotecommands.simulator.service;

import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.PairingMessage;
import dev.remotecommands.contracts.mqtt.PresenceMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.simulator.Car;
import dev.remotecommands.simulator.CarSnapshot;
import dev.remotecommands.simulator.CommandAnswer;
import dev.remotecommands.simulator.ExecutionLog;
import dev.remotecommands.simulator.config.SimulatorConfig;
import dev.remotecommands.simulator.messaging.CarConnection;
import dev.remotecommands.simulator.messaging.VehicleMessages;
import dev.remotecommands.simulator.problem.Problems;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A car brought to life: the {@link Car} rules, its own MQTT connection and its timers, all on one Vert.x context
 * (its {@link CarGroup}'s, shared with the other cars of that event loop), so the car is single-threaded and never
 * blocks an event loop. The REST API reaches it through the {@code Uni} methods, which hop onto that context.
 */
public final class SimulatedCar implements CarConnection.Listener {

    private static final Logger LOG = Logger.getLogger(SimulatedCar.class);

    private final Car car;
    private final Context context;
    private final SimulatorConfig config;
    private final VehicleMessages messages;
    private final CarEnvironment environment;
    private final CarConnection connection;

    private long wakeUpTimer = -1;
    /** When the car next says it is there; null while it is not connected. */
    private Instant nextHeartbeat;

    /** A car that will live on {@code context}; nothing happens until {@link #start()}. */
    public SimulatedCar(Car car, Context context, CarEnvironment environment) {
        this.car = car;
        this.context = context;
        this.environment = environment;
        this.config = environment.config();
        this.messages = environment.messages();
        this.connection = new CarConnection(context, car.vin(), environment.mqtt(), environment.connectGate(),
                () -> presencePayload(Presence.OFFLINE), this);
    }

    public String vin() {
        return car.vin();
    }

    /** Starts connecting, on the car's context. */
    void start() {
        connection.open();
    }

    /** Leaves the broker cleanly (OFFLINE presence, then disconnect), on the car's context. */
    Future<Void> stop() {
        return connection.close(presencePayload(Presence.OFFLINE), VehicleTopics.PRESENCE);
    }

    public boolean isConnected() {
        return connection.isConnected();
    }

    // ---- MQTT side ----

    @Override
    public void onConnected() {
        publishPresence();
        publishState();
        long interval = config.heartbeatInterval().toMillis();
        nextHeartbeat = now().plusMillis(ThreadLocalRandom.current().nextLong(1, Math.max(2, interval + 1)));
        environment.connectedCars().connected();
    }

    @Override
    public void onDisconnected() {
        nextHeartbeat = null;
        environment.connectedCars().disconnected();
    }

    @Override
    public void onMessage(String kind, String topic, Buffer payload) {
        switch (kind) {
            case VehicleTopics.COMMANDS -> messages.command(topic, payload).ifPresent(this::commandArrived);
            case VehicleTopics.WAKEUP -> messages.wakeup(topic, payload).ifPresent(w -> wakeUpRequested());
            case VehicleTopics.PROVISIONING -> messages.provisioning(topic, payload).ifPresent(car::provision);
            default -> LOG.warnf("Ignored a message on unexpected topic %s", topic);
        }
    }

    /** The car takes its time (command latency) and only then decides, so expiry is judged when it acts. */
    private void commandArrived(CommandMessage command) {
        later(config.commandLatency(), () -> answer(command));
    }

    private void answer(CommandMessage command) {
        CommandAnswer answer = car.receive(command, now(), failureStrikes());
        if (answer.ignored()) {
            LOG.debugf("%s is asleep and ignored command %s", car.vin(), command.commandId());
            return;
        }
        if (answer.replay()) {
            LOG.infof("%s already handled command %s: sending the same answer again", car.vin(),
                    command.commandId());
        }
        publish(VehicleTopics.ACKS, messages.encode(answer.ack()), false);
        if (answer.stateChanged()) {
            publishState();
        }
    }

    private boolean failureStrikes() {
        return config.failureRate() > 0 && ThreadLocalRandom.current().nextDouble() < config.failureRate();
    }

    /** Awake already: say so again, the sender may have missed it. Asleep: come online after the wake-up latency. */
    private void wakeUpRequested() {
        if (car.presence() == Presence.ONLINE) {
            car.touch(now());
            publishPresence();
            return;
        }
        if (wakeUpTimer >= 0) {
            return;
        }
        wakeUpTimer = later(config.wakeUpLatency(), () -> {
            wakeUpTimer = -1;
            car.wakeUp(now());
            publishPresence();
        });
    }

    /** Called by its group's sweep, on the car's context. */
    void sweep() {
        fallAsleepWhenIdle();
        beatWhenDue();
    }

    private void beatWhenDue() {
        Instant now = now();
        if (nextHeartbeat != null && !now.isBefore(nextHeartbeat)) {
            nextHeartbeat = now.plus(config.heartbeatInterval());
            publishPresence();
            publishState();
        }
    }

    private void fallAsleepWhenIdle() {
        if (car.idleFor(config.sleepAfter(), now()) && car.fallAsleep()) {
            LOG.infof("%s fell asleep after %s idle", car.vin(), config.sleepAfter());
            publishPresence();
        }
    }

    private void publishPresence() {
        publish(VehicleTopics.PRESENCE, presencePayload(car.presence()), true);
    }

    private void publishState() {
        publish(VehicleTopics.STATE, messages.encode(car.stateMessage(now())), true);
    }

    private Future<Void> publish(String kind, Buffer payload, boolean retain) {
        return connection.publish(kind, payload, retain)
                .onFailure(e -> LOG.warnf("%s could not publish on %s: %s", car.vin(), kind, e.getMessage()));
    }

    private Buffer presencePayload(Presence presence) {
        return messages.encode(new PresenceMessage(presence, now()));
    }

    // ---- the driver's side (REST) ----

    public Uni<CarSnapshot> snapshot() {
        return onCarContext(() -> Future.succeededFuture(snapshotNow()));
    }

    /** Every command this car executed since start (bounded), oldest first. */
    public Uni<ExecutionLog> executionLog() {
        return onCarContext(() -> Future.succeededFuture(car.executionLog()));
    }

    /** Turning the key wakes the car; a change is reported on the retained state. */
    public Uni<CarSnapshot> setIgnition(IgnitionState ignition) {
        return onCarContext(() -> {
            driverActs();
            if (car.setIgnition(ignition)) {
                publishState();
            }
            return Future.succeededFuture(snapshotNow());
        });
    }

    public Uni<CarSnapshot> setPrivacyMode(PrivacyMode mode) {
        return onCarContext(() -> {
            driverActs();
            if (car.setPrivacyMode(mode)) {
                publishState();
            }
            return Future.succeededFuture(snapshotNow());
        });
    }

    public Uni<CarSnapshot> sleep() {
        return onCarContext(() -> {
            if (!car.canSleep()) {
                return Future.failedFuture(Problems.engineRunning(car.vin()));
            }
            cancelWakeUp();
            if (car.fallAsleep()) {
                publishPresence();
            }
            return Future.succeededFuture(snapshotNow());
        });
    }

    /** The same as a wake-up message from the platform. */
    public Uni<CarSnapshot> wakeUp() {
        return onCarContext(() -> {
            wakeUpRequested();
            return Future.succeededFuture(snapshotNow());
        });
    }

    /** The phone hands a challenge over Bluetooth; the car reports it on its pairing topic. */
    public Uni<PairingMessage> pair(String challenge, String deviceId) {
        return onCarContext(() -> {
            if (!connection.isConnected()) {
                return Future.failedFuture(Problems.carOffline(car.vin()));
            }
            driverActs();
            PairingMessage pairing = car.pair(challenge, deviceId, now());
            return publish(VehicleTopics.PAIRING, messages.encode(pairing), false)
                    .map(pairing)
                    .recover(e -> Future.failedFuture(Problems.carOffline(car.vin())));
        });
    }

    /** Someone in the car: it wakes at once (no wake-up latency) and says so. */
    private void driverActs() {
        cancelWakeUp();
        if (car.touch(now())) {
            publishPresence();
        }
    }

    private void cancelWakeUp() {
        if (wakeUpTimer >= 0) {
            context.owner().cancelTimer(wakeUpTimer);
            wakeUpTimer = -1;
        }
    }

    private CarSnapshot snapshotNow() {
        return car.snapshot(now(), isConnected(), config.recentCommandsShown());
    }

    /**
     * Runs an action on the car's context and hands its result back on the caller's context, so the car stays
     * single-threaded and the REST request resumes where it started.
     */
    private <T> Uni<T> onCarContext(Supplier<Future<T>> action) {
        Context caller = Vertx.currentContext();
        return Uni.createFrom().emitter(emitter -> context.runOnContext(v -> {
            Future<T> result;
            try {
                result = action.get();
            } catch (RuntimeException e) {
                result = Future.failedFuture(e);
            }
            result.onComplete(done -> {
                Runnable resume = done.succeeded() ? () -> emitter.complete(done.result())
                        : () -> emitter.fail(done.cause());
                if (caller == null) {
                    resume.run();
                } else {
                    caller.runOnContext(x -> resume.run());
                }
            });
        }));
    }

    /** Called on the car's context, so the timer fires there too. */
    private long later(Duration delay, Runnable action) {
        return context.owner().setTimer(CarGroup.millis(delay), id -> action.run());
    }

    private Instant now() {
        return environment.clock().instant();
    }
}
