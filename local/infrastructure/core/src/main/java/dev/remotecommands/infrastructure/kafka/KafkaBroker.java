package dev.remotecommands.infrastructure.kafka;

import dev.remotecommands.infrastructure.Component;
import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.process.ChildClasspath;
import dev.remotecommands.infrastructure.process.ChildProcess;
import dev.remotecommands.infrastructure.process.ChildProcessComponent;
import dev.remotecommands.infrastructure.process.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A single-node Kafka 4 (KRaft, combined broker and controller) in its own JVM, run by infrastructure-kafka's
 * main class from the jars that module lists. The storage is formatted once; later starts reuse the same data and
 * port.
 */
public final class KafkaBroker extends ChildProcessComponent {

    static final String CLASSPATH_RESOURCE = "dev/remotecommands/infrastructure/kafka/kafka.classpath";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String HOST = "localhost";

    private static final String MAIN_CLASS = "dev.remotecommands.infrastructure.kafka.KafkaServerMain";

    private final Path home;
    private final int controllerPort;
    private final Path logFile;

    /**
     * @param home    folder for the configuration and the data (kept between starts)
     * @param logFile where the broker's output goes
     * @param port    client port, or 0 for a free one
     */
    public KafkaBroker(Path home, Path logFile, int port) {
        super("Kafka", port, READY_TIMEOUT, STOP_GRACE);
        this.home = home.toAbsolutePath();
        this.logFile = logFile;
        this.controllerPort = FreePorts.pick();
    }

    @Override
    public Component kind() {
        return Component.KAFKA;
    }

    @Override
    protected ChildProcess processToStart(ChildProcess previous) {
        writeConfiguration();
        // The storage is formatted once, by the first start; later starts find meta.properties and reuse the data.
        boolean formatted = Files.exists(dataDirectory().resolve("meta.properties"));
        return new ChildProcess("Kafka", formatted ? javaCommand(serverProperties().toString())
                : javaCommand("--format", newClusterId(), serverProperties().toString()), home, logFile);
    }

    @Override
    protected boolean servesRequests() {
        return KafkaProbe.servesMetadata(HOST, port());
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of(Endpoints.KAFKA_BOOTSTRAP_SERVERS, bootstrapServers());
    }

    public String bootstrapServers() {
        return HOST + ":" + port();
    }

    private List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "-cp", ChildClasspath.of(CLASSPATH_RESOURCE), MAIN_CLASS));
        command.addAll(List.of(args));
        return command;
    }

    private void writeConfiguration() {
        try {
            Files.createDirectories(home);
            Files.writeString(serverProperties(), """
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.voters=1@127.0.0.1:%2$d
                    listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                    advertised.listeners=PLAINTEXT://%4$s:%1$d
                    controller.listener.names=CONTROLLER
                    inter.broker.listener.name=PLAINTEXT
                    listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                    log.dirs=%3$s
                    num.partitions=4
                    default.replication.factor=1
                    min.insync.replicas=1
                    auto.create.topics.enable=true
                    group.initial.rebalance.delay.ms=0
                    offsets.topic.replication.factor=1
                    offsets.topic.num.partitions=4
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    transaction.state.log.num.partitions=4
                    share.coordinator.state.topic.replication.factor=1
                    share.coordinator.state.topic.min.isr=1
                    """.formatted(port(), controllerPort, dataDirectory(), HOST));
            Files.writeString(home.resolve("log4j2.properties"), """
                    appender.out.type = Console
                    appender.out.name = out
                    appender.out.layout.type = PatternLayout
                    appender.out.layout.pattern = %d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n
                    rootLogger.level = INFO
                    rootLogger.appenderRef.out.ref = out
                    logger.state.name = state.change.logger
                    logger.state.level = WARN
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka configuration under " + home, e);
        }
    }

    private Path serverProperties() {
        return home.resolve("server.properties");
    }

    private Path dataDirectory() {
        return home.resolve("data");
    }

    /** A cluster id as Kafka writes them: 16 random bytes, URL-safe base64 without padding. */
    static String newClusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
