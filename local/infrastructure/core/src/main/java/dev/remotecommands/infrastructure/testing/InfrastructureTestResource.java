package dev.remotecommands.infrastructure.testing;

import dev.remotecommands.infrastructure.Component;
import dev.remotecommands.infrastructure.Infrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.Set;

/**
 * Starts real components for a {@code @QuarkusTest} and points the application at them.
 * <p>
 * Init args: {@code components}, a comma list of {@code kafka}, {@code postgres}, {@code mqtt}, {@code keycloak}
 * (default {@code kafka,postgres,mqtt}); {@code database}, the service's database (required with postgres).
 * Put it on ONE test class with {@code restrictToAnnotatedClass = false}: all test classes then share one
 * application start. The components start once per JVM and stay up until it exits, even if Quarkus restarts the
 * application; use {@link Infrastructure#current()} in tests to stop and start them.
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String COMPONENTS = "components";
    public static final String DATABASE = "database";
    private static final String DEFAULT_COMPONENTS = "kafka,postgres,mqtt";

    private Set<Component> components;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        components = Component.parse(initArgs.getOrDefault(COMPONENTS, DEFAULT_COMPONENTS));
        database = initArgs.get(DATABASE);
        if (components.contains(Component.POSTGRES) && (database == null || database.isBlank())) {
            throw new IllegalArgumentException("InfrastructureTestResource: with postgres, name your service's "
                    + "database in the init arg 'database', e.g. @ResourceArg(name = \"database\", value = \"command\")");
        }
    }

    @Override
    public Map<String, String> start() {
        Set<String> databases = database == null || database.isBlank() ? Set.of() : Set.of(database);
        Infrastructure infrastructure = Infrastructure.start(components, databases);
        return infrastructure.configProperties(components, database);
    }

    @Override
    public void stop() {
        // The components belong to the JVM, not to one application start: a JVM shutdown hook stops them.
    }
}
