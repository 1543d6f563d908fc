package dev.remotecommands.simulator.service;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.simulator.Car;
import dev.remotecommands.simulator.CarRules;
import dev.remotecommands.simulator.FleetVins;
import dev.remotecommands.simulator.config.MqttBrokerConfig;
import dev.remotecommands.simulator.config.SimulatorConfig;
import dev.remotecommands.simulator.messaging.ConnectGate;
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

import java.lang.management.ManagementFactory;
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
import java.util.stream.StreamSupport;

/**
 * The simulated cars: built at startup and spread over the event loops, one {@link CarGroup} per loop, each car
 * with its own MQTT connection; they connect a bounded number at a time (the {@link ConnectGate}) and are
 * stopped cleanly.
 */
@ApplicationScoped
public class Fleet {

    private static final Logger LOG = Logger.getLogger(Fleet.class);
    private static final long DEPLOY_TIMEOUT_SECONDS = 30;
    private static final long STOP_TIMEOUT_SECONDS = 10;

    private final Vertx vertx;
    private final SimulatorConfig config;
    private final MqttBrokerConfig broker;
    private final VehicleMessages messages;
    private final Clock clock;

    private final Map<String, SimulatedCar> cars = new LinkedHashMap<>();
    private final List<String> deployments = new ArrayList<>();
    private volatile ConnectedCars connectedCars = new ConnectedCars(0);

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
        List<String> vins = FleetVins.of(config.vinPrefix(), config.fleetSize());
        checkSizing(vins.size(), rules);
        connectedCars = new ConnectedCars(vins.size());
        CarEnvironment environment = new CarEnvironment(config, mqtt, new ConnectGate(config.mqttConnectsInFlight()),
                messages, clock, connectedCars);
        List<CarGroup> groups = deployGroups(eventLoops());
        // Adding a car only queues its first connection attempt; it does not wait for the broker.
        for (String vin : vins) {
            CarGroup group = groups.get(cars.size() % groups.size());
            SimulatedCar car = new SimulatedCar(new Car(vin, rules, clock.instant()), group.carContext(), environment);
            cars.put(vin, car);
            group.add(car);
        }
        LOG.infof("Fleet of %d cars started (%s…) on %d event loops, connecting at most %d at a time to broker"
                + " %s:%d, %s", cars.size(), config.vinPrefix(), groups.size(), config.mqttConnectsInFlight(),
                broker.host(), broker.port(), rules.requireProvisioning()
                        ? "commands taken only while the retained provisioning turns remote control on"
                        : rules.configuredKey().isPresent()
                                ? "provisioning not required, configured command-verification key as fallback"
                                : "provisioning not required, no key configured: commands are refused until"
                                        + " provisioning sends one");
    }

    void stop(@Observes ShutdownEvent shutdown) {
        // Undeploying a group publishes its cars' OFFLINE presence before they disconnect.
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

    /** How many cars are connected to the broker now, of how many. */
    public ConnectedCars connectedCars() {
        return connectedCars;
    }

    private List<CarGroup> deployGroups(int count) {
        List<CarGroup> groups = new ArrayList<>(count);
        List<Future<String>> deployed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // each deployment gets the next event loop, so the groups spread over all of them
            CarGroup group = new CarGroup(config.idleCheckInterval());
            groups.add(group);
            deployed.add(vertx.deployVerticle(group));
        }
        for (Future<String> deployment : deployed) {
            deployments.add(await(deployment));
        }
        return groups;
    }

    /** The number of Vert.x event loops ({@code quarkus.vertx.event-loops-pool-size}, by default twice the cores). */
    private int eventLoops() {
        return (int) Math.max(1, StreamSupport.stream(vertx.nettyEventLoopGroup().spliterator(), false).count());
    }

    /** Says at start what a large fleet will lack: file descriptors for its sockets, heap for its memories. */
    private static void checkSizing(int size, CarRules rules) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean os) {
            FleetSizing.fileDescriptorShortage(size, os.getMaxFileDescriptorCount()).ifPresent(LOG::warn);
        }
        FleetSizing.heapShortage(size, rules, Runtime.getRuntime().maxMemory()).ifPresent(LOG::warn);
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
            throw new IllegalStateException("a group of simulated cars could not start", e);
        }
    }
}
