package dev.remotecommands.simulator.service;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.simulator.Car;
import dev.remotecommands.simulator.CarRules;
import dev.remotecommands.simulator.FleetVins;
import dev.remotecommands.simulator.config.MqttBrokerConfig;
import dev.remotecommands.simulator.config.SimulatorConfig;
import dev.remotecommands.simulator.messaging.MqttSettings;
import dev.remotecommands.simulator.messaging.VehicleMessages;
import dev.remotecommands.simulator.problem.Problems;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The simulated cars: built and connected at startup, each deployed as its own verticle, stopped cleanly. */
@ApplicationScoped
public class Fleet {

    private static final Logger LOG = Logger.getLogger(Fleet.class);
    private static final long DEPLOY_TIMEOUT_SECONDS = 30;
    private static final long STOP_TIMEOUT_SECONDS = 5;

    private final Vertx vertx;
    private final SimulatorConfig config;
    private final MqttBrokerConfig broker;
    private final VehicleMessages messages;
    private final Clock clock;

    private final Map<String, SimulatedCar> cars = new LinkedHashMap<>();
    private final List<String> deployments = new ArrayList<>();

    public Fleet(Vertx vertx, SimulatorConfig config, MqttBrokerConfig broker, VehicleMessages messages,
            Clock clock) {
        this.vertx = vertx;
        this.config = config;
        this.broker = broker;
        this.messages = messages;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup) {
        if (config.failureRate() < 0 || config.failureRate() > 1) {
            throw new IllegalArgumentException(
                    "simulator.failure-rate must be between 0.0 and 1.0, got " + config.failureRate());
        }
        CarRules rules = new CarRules(configuredKey(), config.requireProvisioning(), config.lightsDuration(),
                config.hornDuration(), config.rememberedCommands(), config.executionLogSize());
        MqttSettings mqtt = new MqttSettings(broker.host(), broker.port(), config.mqttKeepAlive(),
                config.mqttReconnectMaxDelay());
        List<Future<String>> deployed = new ArrayList<>();
        for (String vin : FleetVins.of(config.vinPrefix(), config.fleetSize())) {
            SimulatedCar car = new SimulatedCar(new Car(vin, rules, clock.instant()), config, mqtt, messages, clock);
            cars.put(vin, car);
            deployed.add(vertx.deployVerticle(car));
        }
        // Deploying only sets up connections and timers; it does not wait for the broker.
        for (Future<String> deployment : deployed) {
            deployments.add(await(deployment));
        }
        LOG.infof("Fleet of %d cars started (%s…), broker %s:%d, %s", cars.size(), config.vinPrefix(),
                broker.host(), broker.port(), rules.requireProvisioning()
                        ? "commands taken only while the retained provisioning turns remote control on"
                        : rules.configuredKey().isPresent()
                                ? "provisioning not required, configured command-verification key as fallback"
                                : "provisioning not required, no key configured: commands are refused until"
                                        + " provisioning sends one");
    }

    void stop(@Observes ShutdownEvent shutdown) {
        // Undeploying a car publishes its OFFLINE presence before it disconnects.
        List<Future<Void>> stopping = deployments.stream().map(vertx::undeploy).toList();
        try {
            Future.join(new ArrayList<>(stopping)).toCompletionStage().toCompletableFuture()
                    .get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("Not every car left the broker cleanly: %s", e.getMessage());
        }
    }

    public Optional<SimulatedCar> car(String vin) {
        return Optional.ofNullable(cars.get(vin));
    }

    /** The car, or a 404 problem that tells where the fleet is listed. */
    public SimulatedCar require(String vin) {
        return car(vin).orElseThrow(() -> Problems.carNotFound(vin));
    }

    public Collection<SimulatedCar> cars() {
        return Collections.unmodifiableCollection(cars.values());
    }

    private Optional<PublicKey> configuredKey() {
        return config.commandVerificationKey()
                .filter(key -> !key.isBlank())
                .map(key -> {
                    try {
                        return CommandSignature.publicKey(key);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("simulator.command-verification-key is not a base64 "
                                + "X.509 Ed25519 public key", e);
                    }
                });
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(DEPLOY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("a simulated car could not start", e);
        }
    }
}
