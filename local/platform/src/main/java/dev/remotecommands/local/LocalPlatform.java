package dev.remotecommands.local;

import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.infrastructure.InfrastructureSpec;
import dev.remotecommands.infrastructure.RunningInfrastructure;
import dev.remotecommands.infrastructure.kafka.KafkaTopics;
import dev.remotecommands.infrastructure.keycloak.TokenClient;
import dev.remotecommands.infrastructure.process.Folders;
import dev.remotecommands.local.LocalService.Wiring;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.local.journey.DriverJourney;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The whole platform on this machine, for {@code ./run.sh}: real Kafka, PostgreSQL, MQTT broker and Keycloak on
 * the local ports, then the packaged services as child JVMs; then it walks the demo driver through the whole
 * journey (activation, the three certification steps, a remote session, a first command) and prints a
 * walkthrough. Runs until Ctrl-C, then stops everything it started.
 * <p>
 * Run from the repository root:
 * {@code java -cp "local/platform/target/classes:$(cat local/platform/target/classpath.txt)" dev.remotecommands.local.LocalPlatform [--keep-data] [--no-services] [--cars N]}
 */
public final class LocalPlatform {

    public static final String DEMO_VIN = "VF7DEMCAR00000001";
    public static final String OTHER_VIN = "VF7DEMCAR00000002";
    static final Set<String> DATABASES = Set.of("command", "bridge", "enrollment", "otp");

    public static final String ENROLLMENT = "enrollment-service";
    public static final String OTP = "otp-service";
    public static final String COMMAND = "command-service";
    public static final String BRIDGE = "vehicle-bridge";
    public static final String SIMULATOR = "fleet-simulator";

    /**
     * The services; adding one is one line. The bridge is subscribed before the cars connect (wave 1), because the
     * broker does not hand retained presence and state to shared subscriptions: cars that connected first would
     * stay of unknown presence until they next changed. The cars take their command-verification key from the
     * provisioning the bridge sends them, so the simulator is given none.
     */
    public static final List<LocalService> SERVICES = List.of(
            new LocalService(ENROLLMENT, ENROLLMENT, 8081, "enrollment", 0, run -> Map.of(
                    "enrollment.remote-session.signing-key", run.secrets().remoteSessionSigningKey(),
                    "enrollment.safety-code.hmac-secret", run.secrets().safetyCodeHmacSecret(),
                    "quarkus.rest-client.otp-service.url", run.urlOf(OTP))),
            new LocalService(OTP, OTP, 8082, "otp", 0, run -> Map.of(
                    "otp.hmac-secret", run.secrets().otpHmacSecret())),
            new LocalService(COMMAND, COMMAND, 8083, "command", 0, run -> Map.of(
                    "commands.signing.private-key", run.secrets().commandSigningKey(),
                    "commands.remote-session.verification-key", run.secrets().remoteSessionVerificationKey())),
            new LocalService(BRIDGE, BRIDGE, 8084, "bridge", 0, run -> Map.of(
                    "bridge.command-verification-key", run.secrets().commandVerificationKey())),
            new LocalService(SIMULATOR, "tools/" + SIMULATOR, 8085, null, 1, run -> Map.of()));

    /** This run's command-signing key, under .local/data: the staging key of {@code load-test replay --restamp}. */
    static final String STAGING_SIGNING_KEY = "command-signing-key";

    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path projectDirectory;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private volatile RunningInfrastructure infrastructure;

    private LocalPlatform(Path projectDirectory) {
        this.projectDirectory = projectDirectory;
    }

    public static void main(String[] args) throws Exception {
        // kafka-clients logs through slf4j-simple here: warnings only.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        RunOptions options;
        try {
            options = RunOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + RunOptions.USAGE);
            System.exit(2);
            return;
        }
        Path projectDirectory = Path.of(System.getProperty("platform.project-dir", "")).toAbsolutePath();
        if (!Files.isDirectory(projectDirectory.resolve("local/platform"))) {
            System.err.println("Run LocalPlatform from the repository root (found no local/platform/ in "
                    + projectDirectory + ").");
            System.exit(2);
        }
        LocalPlatform platform = new LocalPlatform(projectDirectory);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::shutdown, "local-platform-stop"));
        try {
            platform.run(options);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println();
            System.err.println("Local platform failed to start: " + cause.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private void run(RunOptions options) throws Exception {
        boolean withServices = options.withServices();
        if (withServices) {
            SERVICES.forEach(service -> requirePackaged(service.jar(projectDirectory), service.module()));
        }
        Path dataDirectory = projectDirectory.resolve(".local/data");
        if (!options.keepData()) {
            Folders.deleteRecursively(dataDirectory);
        }

        long started = System.nanoTime();
        step("Starting Kafka :9092, PostgreSQL :15432, MQTT :1883 and Keycloak :8180 (logs in .local/logs/)");
        infrastructure = RunningInfrastructure.start(InfrastructureSpec.local(projectDirectory, DATABASES));
        step("Infrastructure ready in " + seconds(started));

        Map<String, String> endpoints = infrastructure.getEndpoints();
        PlatformSecrets secrets = PlatformSecrets.generate();
        try (KafkaTopics kafka = new KafkaTopics(endpoints.get(Endpoints.KAFKA_BOOTSTRAP_SERVERS))) {
            kafka.createTopics();
            // a local run is a staging platform: load-test replay --restamp may write to it, with this run's key
            kafka.markEnvironment("staging");
        }
        Files.createDirectories(dataDirectory);
        Files.writeString(dataDirectory.resolve(STAGING_SIGNING_KEY), secrets.commandSigningKey());
        if (withServices) {
            Wiring wiring = new Wiring(secrets, SERVICES.stream().collect(Collectors.toMap(LocalService::module,
                    service -> "http://localhost:" + service.port())));
            startServices(endpoints, wiring, simulatorOverrides(options));
            walkTheDemoDriver(wiring, endpoints);
        }
        System.out.println(Walkthrough.text(endpoints, withServices, secrets));
    }

    /** {@code --cars N}: the simulator's fleet size; without it the simulator's own ten demo cars. */
    private static Map<String, String> simulatorOverrides(RunOptions options) {
        if (options.cars().isEmpty()) {
            return Map.of();
        }
        int cars = options.cars().getAsInt();
        step("The fleet simulator runs " + cars + " cars, " + DEMO_VIN + " on");
        return Map.of("simulator.fleet-size", Integer.toString(cars));
    }

    private void startServices(Map<String, String> endpoints, Wiring wiring, Map<String, String> simulator) {
        long started = System.nanoTime();
        step("Starting " + SERVICES.stream().map(s -> s.module() + " :" + s.port()).toList());
        Map<LocalService, ServiceProcess> processes = new LinkedHashMap<>();
        for (LocalService service : SERVICES) {
            ServiceProcess process = service.process(projectDirectory, service.port(),
                    Infrastructure.configProperties(endpoints, service.database()), wiring,
                    service.module().equals(SIMULATOR) ? simulator : Map.of(),
                    projectDirectory.resolve(".local/logs/" + service.module() + ".log"));
            services.add(process);
            processes.put(service, process);
        }
        LocalService.startInWaves(processes, SERVICE_READY_TIMEOUT);
        step("Services ready in " + seconds(started));
    }

    /** The demo driver's whole journey, told in the app's words, up to a first command that succeeds. */
    private static void walkTheDemoDriver(Wiring wiring, Map<String, String> endpoints) {
        long started = System.nanoTime();
        step("The demo driver (" + Driver.DEMO.username() + ") certifies the account for " + DEMO_VIN + ":");
        DriverJourney journey = new DriverJourney(urls(wiring), driver -> TokenClient.accessToken(
                endpoints.get(Endpoints.KEYCLOAK_URL), driver.username(), driver.password()),
                line -> System.out.println("    " + line));
        try {
            DriverJourney.Session session = journey.certify(Driver.DEMO, DEMO_VIN);
            journey.command(session, DEMO_VIN, "UNLOCK");
            step("Journey done in " + seconds(started));
        } catch (RuntimeException e) {
            // keep the platform up: the services' logs and APIs are what it takes to see why
            step("The demo journey stopped: " + e.getMessage());
            step("The platform stays up; see .local/logs/ for the services' side.");
        }
    }

    /** Where the services of a run listen, for the journey. */
    public static DriverJourney.Urls urls(Wiring wiring) {
        return new DriverJourney.Urls(wiring.urlOf(ENROLLMENT), wiring.urlOf(OTP), wiring.urlOf(COMMAND),
                wiring.urlOf(SIMULATOR));
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
