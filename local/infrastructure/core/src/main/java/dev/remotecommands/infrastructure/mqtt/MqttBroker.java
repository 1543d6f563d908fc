package dev.remotecommands.infrastructure.mqtt;

import dev.remotecommands.infrastructure.Component;
import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.process.ChildClasspath;
import dev.remotecommands.infrastructure.process.ChildProcess;
import dev.remotecommands.infrastructure.process.ChildProcessComponent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * HiveMQ Community Edition (MQTT 5 and 3.1.1, shared subscriptions, retained messages, last will) in its own JVM,
 * run by infrastructure-mqtt's main class, so its logback never meets a Quarkus JVM. Its data folder is kept
 * between starts, and so are retained messages.
 */
public final class MqttBroker extends ChildProcessComponent {

    static final String CLASSPATH_RESOURCE = "dev/remotecommands/infrastructure/mqtt/hivemq.classpath";
    private static final String MAIN_CLASS = "dev.remotecommands.infrastructure.mqtt.HiveMqBrokerMain";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final String HOST = "localhost";

    private final ChildProcess broker;

    public MqttBroker(Path home, Path logFile, int port) {
        super("the MQTT broker", port, READY_TIMEOUT, STOP_GRACE);
        Path absoluteHome = home.toAbsolutePath();
        // 10,000 connected cars (sessions, subscriptions, retained presence and state) keep about 90 MB live; the
        // heap grows from 64 MB only as needed, up to room for such a fleet's traffic.
        this.broker = new ChildProcess("HiveMQ", List.of(ChildProcess.javaExecutable(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", ChildClasspath.of(CLASSPATH_RESOURCE), MAIN_CLASS,
                Integer.toString(port()), absoluteHome.toString()), absoluteHome, logFile);
    }

    @Override
    public Component kind() {
        return Component.MQTT;
    }

    @Override
    protected ChildProcess processToStart(ChildProcess previous) {
        return broker;
    }

    @Override
    protected boolean servesRequests() {
        return MqttProbe.acceptsConnections(HOST, port());
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of(Endpoints.MQTT_HOST, HOST, Endpoints.MQTT_PORT, Integer.toString(port()));
    }
}
