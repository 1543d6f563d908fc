package dev.remotecommands.infrastructure;

import dev.remotecommands.infrastructure.process.ChildClasspath;

import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the JVM-wide test infrastructure in a class loader of its own, made of this module's jars only.
 * <p>
 * Quarkus loads test classes and test resources in class loaders that it closes when an application stops; the
 * running components (and the shutdown hook that stops them) must outlive those. So they live in this isolated
 * loader, and every caller reaches them through the platform MBean server with JDK types only.
 */
final class IsolatedStart {

    private static final List<String> HELPER_RESOURCES = List.of(
            "dev/remotecommands/infrastructure/kafka/kafka.classpath",
            "dev/remotecommands/infrastructure/mqtt/hivemq.classpath",
            "dev/remotecommands/infrastructure/postgres/postgres.classpath");

    private IsolatedStart() {
    }

    static void startAndRegister(String components, String databases) {
        ClassLoader isolated = new URLClassLoader("infrastructure", urls(), ClassLoader.getPlatformClassLoader());
        try {
            Class.forName(RunningInfrastructure.class.getName(), true, isolated)
                    .getMethod("startAndRegister", String.class, String.class)
                    .invoke(null, components, databases);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot start the infrastructure: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the infrastructure in its own class loader", e);
        }
    }

    private static URL[] urls() {
        List<Path> roots = new ArrayList<>();
        roots.add(ChildClasspath.locationOf(IsolatedStart.class));
        HELPER_RESOURCES.forEach(resource -> roots.add(ChildClasspath.rootOfResource(resource)));
        try {
            List<URL> urls = new ArrayList<>();
            for (Path root : roots) {
                urls.add(root.toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("cannot build the infrastructure class path from " + roots, e);
        }
    }
}
