package dev.remotecommands.infrastructure;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.infrastructure.LocalService.SigningKeys;
import dev.remotecommands.infrastructure.kafka.KafkaSeeder;
import dev.remotecommands.infrastructure.process.Folders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on this machine, for {@code ./run.sh}: real Kafka, PostgreSQL, MQTT broker and Keycloak on
 * the local ports, then the packaged services as child JVMs, a seeded enrollment for the demo car, and a
 * copy-paste walkthrough. Runs until Ctrl-C, then stops everything it started.
 * <p>
 * Run from the repository root:
 * {@code java -cp "infrastructure/target/classes:$(cat infrastructure/target/classpath.txt)" dev.remotecommands.infrastructure.LocalPlatform [--keep-data] [--no-services]}
 */
public final class LocalPlatform {

    static final String DEMO_VIN = "VF7DEMCAR00000001";
    static final String DEMO_DEVICE = "demo-phone";
    static final Set<String> DATABASES = Set.of("command", "bridge", "enrollment", "otp");

    /**
     * The services; adding one is one line. The bridge is subscribed before the cars connect (wave 1), because the
     * broker does not hand retained presence and state to shared subscriptions: cars that connected first would
     * stay of unknown presence until they next changed.
     */
    public static final List<LocalService> SERVICES = List.of(
            new LocalService("vehicle-bridge", 8084, "bridge", 0,
                    keys -> Map.of("bridge.command-verification-key", keys.publicKeyX509())),
            new LocalService("command-service", 8083, "command", 0,
                    keys -> Map.of("commands.signing.private-key", keys.privateKeyPkcs8())),
            new LocalService("fleet-simulator", 8085, null, 1,
                    keys -> Map.of("simulator.command-verification-key", keys.publicKeyX509())));

    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CONSUMERS_TIMEOUT = Duration.ofSeconds(60);

    private final Path projectDirectory;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private volatile RunningInfrastructure infrastructure;

    private LocalPlatform(Path projectDirectory) {
        this.projectDirectory = projectDirectory;
    }

    public static void main(String[] args) throws Exception {
        // kafka-clients logs through slf4j-simple here: warnings only.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> options = List.of(args);
        boolean keepData = options.contains("--keep-data");
        boolean withServices = !options.contains("--no-services");
        Path projectDirectory = Path.of(System.getProperty("platform.project-dir", "")).toAbsolutePath();
        if (!Files.isDirectory(projectDirectory.resolve("infrastructure"))) {
            System.err.println("Run LocalPlatform from the repository root (found no infrastructure/ in "
                    + projectDirectory + ").");
            System.exit(2);
        }
        LocalPlatform platform = new LocalPlatform(projectDirectory);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::shutdown, "local-platform-stop"));
        try {
            platform.run(keepData, withServices);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println();
            System.err.println("Local platform failed to start: " + cause.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private void run(boolean keepData, boolean withServices) throws Exception {
        if (withServices) {
            SERVICES.forEach(service -> requirePackaged(service.jar(projectDirectory), service.module()));
        }
        Path dataDirectory = projectDirectory.resolve(".local/data");
        if (!keepData) {
            Folders.deleteRecursively(dataDirectory);
        }

        long started = System.nanoTime();
        step("Starting Kafka :9092, PostgreSQL :15432, MQTT :1883 and Keycloak :8180 (logs in .local/logs/)");
        infrastructure = RunningInfrastructure.start(InfrastructureSpec.local(projectDirectory, DATABASES));
        step("Infrastructure ready in " + seconds(started));

        Map<String, String> endpoints = infrastructure.getEndpoints();
        KeyPair pair = CommandSignature.generateKeyPair();
        SigningKeys keys = new SigningKeys(CommandSignature.encode(pair.getPrivate()),
                CommandSignature.encode(pair.getPublic()));
        try (KafkaSeeder kafka = new KafkaSeeder(endpoints.get(Endpoints.KAFKA_BOOTSTRAP_SERVERS))) {
            kafka.createTopics();
            if (withServices) {
                startServices(endpoints, keys);
                if (!kafka.awaitConsumers(Topics.ENROLLMENT_COMPLETED, CONSUMERS_TIMEOUT)) {
                    step("Warning: no service consumes " + Topics.ENROLLMENT_COMPLETED + " yet; seeding anyway");
                }
            }
            kafka.enrollmentCompleted(LocalRealm.DRIVER_ID, DEMO_VIN, DEMO_DEVICE);
            step("Seeded " + Topics.ENROLLMENT_COMPLETED + ": driver may command " + DEMO_VIN + " from "
                    + DEMO_DEVICE);
        }
        System.out.println(Walkthrough.text(endpoints, withServices, keys));
    }

    private void startServices(Map<String, String> endpoints, SigningKeys keys) {
        long started = System.nanoTime();
        step("Starting " + SERVICES.stream().map(s -> s.module() + " :" + s.port()).toList());
        Map<LocalService, ServiceProcess> processes = new LinkedHashMap<>();
        for (LocalService service : SERVICES) {
            ServiceProcess process = service.process(projectDirectory, service.port(),
                    Infrastructure.configProperties(endpoints, service.database()), keys, Map.of(),
                    projectDirectory.resolve(".local/logs/" + service.module() + ".log"));
            services.add(process);
            processes.put(service, process);
        }
        LocalService.startInWaves(processes, SERVICE_READY_TIMEOUT);
        step("Services ready in " + seconds(started));
    }

    private void shutdown() {
        List<ServiceProcess> running;
        synchronized (services) {
            running = new ArrayList<>(services);
        }
        if (running.isEmpty() && infrastructure == null) {
            return;
        }
        step("Stopping…");
        running.parallelStream().forEach(ServiceProcess::stop);
        if (infrastructure != null) {
            infrastructure.close();
        }
        step("Stopped.");
    }

    private static void requirePackaged(Path jar, String module) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module + " is not packaged (" + jar + " is missing): build it first "
                    + "(./mvnw -pl " + module + " package -DskipTests), or start with --no-services");
        }
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void step(String message) {
        System.out.println("[local-platform] " + message);
    }
}
