package dev.remotecommands.infrastructure;

import dev.remotecommands.infrastructure.kafka.KafkaBroker;
import dev.remotecommands.infrastructure.keycloak.KeycloakServer;
import dev.remotecommands.infrastructure.keycloak.TokenClient;
import dev.remotecommands.infrastructure.mqtt.MqttBroker;
import dev.remotecommands.infrastructure.postgres.DatabaseHost;
import dev.remotecommands.infrastructure.postgres.ExternalPostgres;
import dev.remotecommands.infrastructure.postgres.PostgresServer;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.management.JMException;

/**
 * The components of one {@link InfrastructureSpec}, owned by this JVM: started in parallel, stopped by
 * {@link #close()} (and by the orphan reaper if this JVM dies first). External endpoints named in the environment
 * are used instead of starting a component; their databases are still created.
 */
public final class RunningInfrastructure implements InfrastructureMXBean, AutoCloseable {

    /** Name of the JVM-wide MBean through which {@link Infrastructure#current()} reaches the test components. */
    public static final String MBEAN_NAME = "dev.remotecommands:type=Infrastructure";

    private final InfrastructureSpec spec;
    private final Map<Component, ManagedComponent> components = new EnumMap<>(Component.class);
    private final Set<String> databases = new LinkedHashSet<>();

    private RunningInfrastructure(InfrastructureSpec spec) {
        this.spec = spec;
    }

    /** Starts what the spec asks for and returns once every component is ready, or fails saying why. */
    public static RunningInfrastructure start(InfrastructureSpec spec) {
        RunningInfrastructure infrastructure = new RunningInfrastructure(spec);
        infrastructure.ensure(spec.components(), spec.databases());
        return infrastructure;
    }

    /**
     * Starts the test infrastructure of this JVM, registers it as the MBean {@value #MBEAN_NAME} and stops it
     * at JVM exit. Called by {@link Infrastructure#start} through a class loader of its own (see IsolatedStart).
     */
    public static void startAndRegister(String components, String databases) throws JMException {
        Set<String> names = new LinkedHashSet<>();
        for (String name : databases.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        RunningInfrastructure running = start(InfrastructureSpec.forTests(Component.parse(components), names));
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "infrastructure-stop"));
        ManagementFactory.getPlatformMBeanServer().registerMBean(running, Infrastructure.objectName(MBEAN_NAME));
    }

    /** Starts the wanted components not started yet (in parallel), then creates the missing databases. */
    public synchronized void ensure(Set<Component> wanted, Set<String> wantedDatabases) {
        List<ManagedComponent> added = new ArrayList<>();
        for (Component kind : wanted) {
            if (!components.containsKey(kind)) {
                ManagedComponent component = create(kind);
                components.put(kind, component);
                added.add(component);
            }
        }
        ManagedComponent postgres = components.get(Component.POSTGRES);
        Set<String> newDatabases = new LinkedHashSet<>(wantedDatabases);
        newDatabases.removeAll(databases);
        if (postgres instanceof DatabaseHost host && !newDatabases.isEmpty()) {
            // An embedded server not started yet creates them as it starts; a running or external one right now.
            host.createDatabases(newDatabases);
            databases.addAll(newDatabases);
        }
        try {
            inParallel(added, ManagedComponent::start);
        } catch (RuntimeException e) {
            inParallel(added, RunningInfrastructure::stopQuietly);
            added.forEach(component -> components.remove(component.kind()));
            databases.removeAll(newDatabases);
            throw e;
        }
    }

    public ManagedComponent component(Component kind) {
        ManagedComponent component;
        synchronized (this) {
            component = components.get(kind);
        }
        if (component == null) {
            throw new IllegalStateException(kind.id() + " was not started; add it to the components "
                    + "(init arg 'components' of the test resource), e.g. components=" + kind.id());
        }
        return component;
    }

    @Override
    public synchronized Map<String, String> getEndpoints() {
        Map<String, String> endpoints = new TreeMap<>();
        components.values().forEach(component -> endpoints.putAll(component.endpoints()));
        return endpoints;
    }

    @Override
    public synchronized String getComponents() {
        return Component.ids(components.keySet());
    }

    @Override
    public void ensure(String wantedComponents, String wantedDatabases) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : wantedDatabases.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        ensure(Component.parse(wantedComponents), names);
    }

    @Override
    public void start(String component) {
        component(single(component)).start();
    }

    @Override
    public void stop(String component) {
        component(single(component)).stop();
    }

    @Override
    public boolean isRunning(String component) {
        return component(single(component)).isRunning();
    }

    @Override
    public String accessToken(String username, String password) {
        return TokenClient.accessToken(component(Component.KEYCLOAK).endpoints().get(Endpoints.KEYCLOAK_URL),
                username, password);
    }

    /** Stops every component (in parallel), keeping their data on disk. */
    @Override
    public synchronized void close() {
        inParallel(new ArrayList<>(components.values()), RunningInfrastructure::stopQuietly);
    }

    private ManagedComponent create(Component kind) {
        Map<String, String> env = spec.environment();
        return switch (kind) {
            case KAFKA -> present(env, "KAFKA_BOOTSTRAP_SERVERS")
                    ? new ExternalEndpoint(kind, Map.of(Endpoints.KAFKA_BOOTSTRAP_SERVERS,
                    env.get("KAFKA_BOOTSTRAP_SERVERS")), "KAFKA_BOOTSTRAP_SERVERS")
                    : new KafkaBroker(spec.dataDirectory().resolve("kafka"), log("kafka"), spec.port(kind));
            case POSTGRES -> present(env, "POSTGRES_HOST")
                    ? new ExternalPostgres(env.get("POSTGRES_HOST"), Integer.parseInt(env.getOrDefault("POSTGRES_PORT",
                    "5432")), env.getOrDefault("POSTGRES_ADMIN_USER", "postgres"),
                    env.getOrDefault("POSTGRES_ADMIN_PASSWORD", "postgres"), spec.dataDirectory(), log("postgres"))
                    : new PostgresServer(spec.dataDirectory().resolve("postgres"), log("postgres"), spec.port(kind));
            case MQTT -> present(env, "MQTT_HOST")
                    ? new ExternalEndpoint(kind, Map.of(Endpoints.MQTT_HOST, env.get("MQTT_HOST"), Endpoints.MQTT_PORT,
                    env.getOrDefault("MQTT_PORT", "1883")), "MQTT_HOST")
                    : new MqttBroker(spec.dataDirectory().resolve("mqtt"), log("mqtt"), spec.port(kind));
            case KEYCLOAK -> present(env, "KEYCLOAK_URL")
                    ? new ExternalEndpoint(kind, Map.of(Endpoints.KEYCLOAK_URL, env.get("KEYCLOAK_URL")),
                    "KEYCLOAK_URL")
                    : new KeycloakServer(spec.cacheDirectory(), spec.dataDirectory().resolve("keycloak"),
                    log("keycloak"), spec.port(kind));
        };
    }

    private java.nio.file.Path log(String component) {
        return spec.logDirectory().resolve(component + ".log");
    }

    private static boolean present(Map<String, String> env, String name) {
        return env.get(name) != null && !env.get(name).isBlank();
    }

    private static Component single(String id) {
        Set<Component> parsed = Component.parse(id);
        if (parsed.size() != 1) {
            throw new IllegalArgumentException("name one component, not '" + id + "'");
        }
        return parsed.iterator().next();
    }

    private static void stopQuietly(ManagedComponent component) {
        try {
            component.stop();
        } catch (UnsupportedOperationException ignored) {
            // External components are not ours to stop.
        }
    }

    /** Runs the action on each component on its own thread; fails with every failure's message if any fails. */
    private static void inParallel(List<ManagedComponent> targets, Consumer<ManagedComponent> action) {
        if (targets.isEmpty()) {
            return;
        }
        ExecutorService threads = Executors.newFixedThreadPool(targets.size(), runnable -> {
            Thread thread = new Thread(runnable, "infrastructure");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<Void>> runs = targets.stream()
                    .map(target -> CompletableFuture.runAsync(() -> action.accept(target), threads))
                    .toList();
            List<String> failures = new ArrayList<>();
            RuntimeException first = null;
            for (CompletableFuture<Void> run : runs) {
                try {
                    run.join();
                } catch (CompletionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                    first = first == null ? cause : first;
                    failures.add(cause.getMessage());
                }
            }
            if (failures.size() == 1) {
                throw first;
            }
            if (!failures.isEmpty()) {
                IllegalStateException all = new IllegalStateException(String.join(System.lineSeparator()
                        + System.lineSeparator(), failures), first);
                throw all;
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
