package dev.remotecommands.local;

import dev.remotecommands.infrastructure.process.ChildProcess;
import dev.remotecommands.infrastructure.process.FreePorts;
import dev.remotecommands.infrastructure.process.HttpProbe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A packaged Quarkus service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as its own JVM with
 * configuration passed as system properties: start, wait until {@code /q/health/ready} answers 200, stop
 * gracefully, kill with SIGKILL (a crash), start again. Used by LocalPlatform and by system tests.
 */
public final class ServiceProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final String name;
    private final int httpPort;
    private final ChildProcess process;

    /**
     * @param name             for messages, e.g. {@code command-service}
     * @param jar              the packaged {@code quarkus-run.jar}
     * @param httpPort         {@code quarkus.http.port}
     * @param systemProperties passed as {@code -Dkey=value} (e.g. {@code quarkus.profile}, connection settings)
     * @param logFile          where the service's output goes (appended across restarts)
     */
    public ServiceProcess(String name, Path jar, int httpPort, Map<String, String> systemProperties, Path logFile) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not packaged: " + jar + " is missing; build it with "
                    + "./mvnw -pl :" + name + " -am package -DskipTests");
        }
        this.name = name;
        this.httpPort = httpPort;
        Map<String, String> properties = new TreeMap<>(systemProperties);
        properties.put("quarkus.http.port", Integer.toString(httpPort));
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx384m",
                "-XX:+UseSerialGC", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        this.process = new ChildProcess(name, command, moduleDirectory(jar), logFile);
    }

    /** Starts the JVM and returns once the service reports itself ready. */
    public void start(Duration readyTimeout) {
        FreePorts.requireFree(httpPort, name);
        process.start();
        awaitReady(readyTimeout);
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the log's last lines if the JVM exits first. */
    public void awaitReady(Duration timeout) {
        process.awaitReady(timeout, this::isReady);
    }

    /** SIGTERM, then SIGKILL if it is still up after a grace period. */
    public void stop() {
        process.stop(STOP_GRACE);
    }

    /** SIGKILL: the service gets no chance to finish anything, as in a crash. */
    public void kill() {
        process.kill();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return name;
    }

    /** e.g. {@code http://localhost:8083}. */
    public String url() {
        return "http://localhost:" + httpPort;
    }

    public Path logFile() {
        return process.logFile();
    }

    public boolean isReady() {
        return HttpProbe.answersOk(url() + "/q/health/ready");
    }

    /** {@code <module>} for {@code <module>/target/quarkus-app/quarkus-run.jar}, so relative paths behave as in dev. */
    private static Path moduleDirectory(Path jar) {
        Path absolute = jar.toAbsolutePath();
        Path quarkusApp = absolute.getParent();
        if (quarkusApp != null && quarkusApp.getParent() != null && quarkusApp.getParent().getParent() != null) {
            return quarkusApp.getParent().getParent();
        }
        return absolute.getParent();
    }
}
