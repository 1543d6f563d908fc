package dev.remotecommands.infrastructure;

import java.lang.management.ManagementFactory;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The infrastructure of this test JVM: started once, shared by every test class and every class loader, stopped
 * when the JVM exits. Tests use it to reach components and to stop and start them:
 *
 * <pre>{@code
 * Infrastructure.current().kafka().stop();
 * Infrastructure.current().kafka().start();
 * String token = Infrastructure.current().keycloak().accessToken("driver", "driver");
 * }</pre>
 *
 * Plain (non-Quarkus) tests start it with {@link #start(Set, Set)}; Quarkus tests get it from
 * {@code InfrastructureTestResource}. the local platform (local/platform) owns a {@link RunningInfrastructure} of its own instead.
 */
public final class Infrastructure {

    private static final ObjectName NAME = objectName(RunningInfrastructure.MBEAN_NAME);

    private final InfrastructureMXBean backend;

    private Infrastructure(InfrastructureMXBean backend) {
        this.backend = backend;
    }

    /**
     * Starts the components and databases in this JVM, or, when an earlier call started some already, adds what
     * is missing. Whatever is started stays up until the JVM exits.
     */
    public static Infrastructure start(Set<Component> components, Set<String> databases) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        // The platform MBean server is one per JVM: locking it serialises starts across class loaders too.
        synchronized (server) {
            if (!server.isRegistered(NAME)) {
                IsolatedStart.startAndRegister(Component.ids(components), String.join(",", databases));
            } else {
                proxy(server).ensure(Component.ids(components), String.join(",", databases));
            }
            return new Infrastructure(proxy(server));
        }
    }

    /** Convenience: {@code start("kafka,postgres,mqtt", "command")}. */
    public static Infrastructure start(String components, String... databases) {
        return start(Component.parse(components), Set.of(databases));
    }

    /** The infrastructure started in this JVM; fails if none was. */
    public static Infrastructure current() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        if (!server.isRegistered(NAME)) {
            throw new IllegalStateException("no infrastructure runs in this JVM: annotate one test class with "
                    + "@QuarkusTestResource(value = InfrastructureTestResource.class, restrictToAnnotatedClass = false, "
                    + "initArgs = ...) or call Infrastructure.start(...) first");
        }
        return new Infrastructure(proxy(server));
    }

    public Kafka kafka() {
        return new Kafka(backend);
    }

    public Postgres postgres() {
        return new Postgres(backend);
    }

    public Mqtt mqtt() {
        return new Mqtt(backend);
    }

    public Keycloak keycloak() {
        return new Keycloak(backend);
    }

    /** The started components. */
    public Set<Component> components() {
        Set<Component> started = Component.parse(backend.getComponents());
        return started.isEmpty() ? EnumSet.noneOf(Component.class) : started;
    }

    /**
     * The configuration properties that point a service at the given components: {@code kafka.bootstrap.servers},
     * {@code quarkus.datasource.*} for {@code database}, {@code mqtt.host}/{@code mqtt.port}, {@code keycloak.url}
     * and {@code quarkus.oidc.auth-server-url}.
     *
     * @param database the service's database, or null for none
     */
    public Map<String, String> configProperties(Set<Component> wanted, String database) {
        Map<String, String> endpoints = new LinkedHashMap<>(backend.getEndpoints());
        if (!wanted.contains(Component.KAFKA)) {
            endpoints.remove(Endpoints.KAFKA_BOOTSTRAP_SERVERS);
        }
        if (!wanted.contains(Component.POSTGRES)) {
            endpoints.remove(Endpoints.POSTGRES_HOST);
        }
        if (!wanted.contains(Component.MQTT)) {
            endpoints.remove(Endpoints.MQTT_HOST);
        }
        if (!wanted.contains(Component.KEYCLOAK)) {
            endpoints.remove(Endpoints.KEYCLOAK_URL);
        }
        return configProperties(endpoints, database);
    }

    /** The same mapping from endpoints (see {@link Endpoints}) to the services' configuration keys. */
    public static Map<String, String> configProperties(Map<String, String> endpoints, String database) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (endpoints.containsKey(Endpoints.KAFKA_BOOTSTRAP_SERVERS)) {
            properties.put("kafka.bootstrap.servers", endpoints.get(Endpoints.KAFKA_BOOTSTRAP_SERVERS));
        }
        if (endpoints.containsKey(Endpoints.POSTGRES_HOST) && database != null) {
            String hostAndPort = endpoints.get(Endpoints.POSTGRES_HOST) + ":" + endpoints.get(Endpoints.POSTGRES_PORT);
            properties.put("quarkus.datasource.reactive.url", "postgresql://" + hostAndPort + "/" + database);
            properties.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostAndPort + "/" + database);
            properties.put("quarkus.datasource.username", database);
            properties.put("quarkus.datasource.password", database);
        }
        if (endpoints.containsKey(Endpoints.MQTT_HOST)) {
            properties.put("mqtt.host", endpoints.get(Endpoints.MQTT_HOST));
            properties.put("mqtt.port", endpoints.get(Endpoints.MQTT_PORT));
        }
        if (endpoints.containsKey(Endpoints.KEYCLOAK_URL)) {
            properties.put("keycloak.url", endpoints.get(Endpoints.KEYCLOAK_URL));
            properties.put("quarkus.oidc.auth-server-url", LocalRealm.realmUrl(endpoints.get(Endpoints.KEYCLOAK_URL)));
        }
        return properties;
    }

    private static InfrastructureMXBean proxy(MBeanServer server) {
        return JMX.newMXBeanProxy(server, NAME, InfrastructureMXBean.class);
    }

    static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Stop and start one component; its data and port stay the same. */
    public abstract static class Handle {

        final InfrastructureMXBean backend;
        private final Component kind;

        Handle(InfrastructureMXBean backend, Component kind) {
            this.backend = backend;
            this.kind = kind;
        }

        /** Stops the component (keeping its data); clients see it as down. */
        public void stop() {
            backend.stop(kind.id());
        }

        /** Starts it again on the same port with the same data; returns once it is ready. */
        public void start() {
            backend.start(kind.id());
        }

        public boolean isRunning() {
            return backend.isRunning(kind.id());
        }

        String endpoint(String key) {
            String value = backend.getEndpoints().get(key);
            if (value == null) {
                throw new IllegalStateException(kind.id() + " was not started; add it to the components");
            }
            return value;
        }
    }

    public static final class Kafka extends Handle {

        Kafka(InfrastructureMXBean backend) {
            super(backend, Component.KAFKA);
        }

        /** For {@code kafka.bootstrap.servers}. */
        public String bootstrapServers() {
            return endpoint(Endpoints.KAFKA_BOOTSTRAP_SERVERS);
        }
    }

    public static final class Postgres extends Handle {

        Postgres(InfrastructureMXBean backend) {
            super(backend, Component.POSTGRES);
        }

        public String host() {
            return endpoint(Endpoints.POSTGRES_HOST);
        }

        public int port() {
            return Integer.parseInt(endpoint(Endpoints.POSTGRES_PORT));
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
        }

        /** The Vert.x (reactive client) form, for {@code quarkus.datasource.reactive.url}. */
        public String reactiveUrl(String database) {
            return "postgresql://" + host() + ":" + port() + "/" + database;
        }

        /** Each database is owned by a user of its name, whose password is that name too. */
        public String username(String database) {
            return database;
        }

        public String password(String database) {
            return database;
        }
    }

    public static final class Mqtt extends Handle {

        Mqtt(InfrastructureMXBean backend) {
            super(backend, Component.MQTT);
        }

        public String host() {
            return endpoint(Endpoints.MQTT_HOST);
        }

        public int port() {
            return Integer.parseInt(endpoint(Endpoints.MQTT_PORT));
        }

        /** {@code tcp://host:port}, as Paho and most clients want it. */
        public String serverUri() {
            return "tcp://" + host() + ":" + port();
        }
    }

    public static final class Keycloak extends Handle {

        Keycloak(InfrastructureMXBean backend) {
            super(backend, Component.KEYCLOAK);
        }

        /** e.g. {@code http://localhost:PORT}. */
        public String url() {
            return endpoint(Endpoints.KEYCLOAK_URL);
        }

        /** The realm URL, for {@code quarkus.oidc.auth-server-url}. */
        public String authServerUrl() {
            return LocalRealm.realmUrl(url());
        }

        /** An access token by the password grant (client mobile-app), e.g. {@code accessToken("driver", "driver")}. */
        public String accessToken(String username, String password) {
            return backend.accessToken(username, password);
        }
    }
}
