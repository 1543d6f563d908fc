package dev.remotecommands.infrastructure;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What to start and where its files go.
 *
 * @param components     the components wanted
 * @param databases      PostgreSQL databases to create (each owned by a user of the same name, password = name)
 * @param dataDirectory  component data (Kafka logs, PostgreSQL data, broker data)
 * @param logDirectory   one log file per component
 * @param cacheDirectory shared across runs: the unpacked Keycloak distribution
 * @param ports          fixed ports per component; a missing entry or 0 means a free port
 * @param environment    where external endpoints are named ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code POSTGRES_HOST}…)
 */
public record InfrastructureSpec(Set<Component> components, Set<String> databases, Path dataDirectory,
                                 Path logDirectory, Path cacheDirectory, Map<Component, Integer> ports,
                                 Map<String, String> environment) {

    /** The local defaults of ARCHITECTURE section 9. */
    public static final Map<Component, Integer> LOCAL_PORTS = Map.of(
            Component.KAFKA, 9092, Component.POSTGRES, 15432, Component.MQTT, 1883, Component.KEYCLOAK, 8180);

    public InfrastructureSpec {
        components = components.isEmpty() ? EnumSet.noneOf(Component.class) : EnumSet.copyOf(components);
        databases = new LinkedHashSet<>(databases);
        ports = ports.isEmpty() ? new EnumMap<>(Component.class) : new EnumMap<>(ports);
        environment = Map.copyOf(environment);
    }

    /**
     * For tests: free ports, files under {@code target/infrastructure/<pid>/} of the current directory (the module
     * under test), external endpoints from the environment.
     */
    public static InfrastructureSpec forTests(Set<Component> components, Set<String> databases) {
        Path root = TestDirectories.forThisJvm();
        return new InfrastructureSpec(components, databases, root.resolve("data"), root, defaultCacheDirectory(),
                Map.of(), System.getenv());
    }

    /** For local runs: the ports of section 9, files under {@code <project>/.local/}. */
    public static InfrastructureSpec local(Path projectDirectory, Set<String> databases) {
        Path local = projectDirectory.resolve(".local");
        return new InfrastructureSpec(EnumSet.allOf(Component.class), databases, local.resolve("data"),
                local.resolve("logs"), defaultCacheDirectory(), LOCAL_PORTS, System.getenv());
    }

    public int port(Component component) {
        return ports.getOrDefault(component, 0);
    }

    /** {@code ~/.cache/remote-commands}, or {@code INFRASTRUCTURE_CACHE_DIR} when set. */
    public static Path defaultCacheDirectory() {
        String configured = System.getenv("INFRASTRUCTURE_CACHE_DIR");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "remote-commands");
    }
}
