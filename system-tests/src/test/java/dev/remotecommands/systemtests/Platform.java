package dev.remotecommands.systemtests;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.infrastructure.LocalPlatform;
import dev.remotecommands.infrastructure.LocalService;
import dev.remotecommands.infrastructure.LocalService.SigningKeys;
import dev.remotecommands.infrastructure.ServiceProcess;
import dev.remotecommands.infrastructure.kafka.KafkaSeeder;
import dev.remotecommands.infrastructure.process.FreePorts;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform as the BFF sees it: real Kafka, PostgreSQL, MQTT broker and Keycloak, and the packaged
 * services as separate JVMs on free ports. Started once per test JVM and shared by every system test.
 */
final class Platform {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /** Settings that differ from the services' defaults for the whole system-test run. */
    private static final Map<String, Map<String, String>> OVERRIDES = Map.of(
            // The benchmark sends many LOCK/UNLOCK commands to one car; the limits have their own tests.
            "command-service", Map.of(
                    "commands.rate-limit.lock-max", "100000",
                    "commands.rate-limit.unlock-max", "100000"));

    private static Platform instance;

    private final Infrastructure infrastructure;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private Platform() {
        Path projectDirectory = Path.of(System.getProperty("platform.project-dir", "..")).toAbsolutePath().normalize();
        infrastructure = Infrastructure.start("kafka,postgres,mqtt,keycloak", "command", "bridge");
        KeyPair pair = CommandSignature.generateKeyPair();
        SigningKeys keys = new SigningKeys(CommandSignature.encode(pair.getPrivate()),
                CommandSignature.encode(pair.getPublic()));
        Path logs = projectDirectory.resolve("system-tests/target/service-logs");
        Map<LocalService, ServiceProcess> processes = new LinkedHashMap<>();
        for (LocalService service : LocalPlatform.SERVICES) {
            Map<String, String> overrides = OVERRIDES.getOrDefault(service.module(), Map.of());
            ServiceProcess process = service.process(projectDirectory, FreePorts.pick(),
                    infrastructure.configProperties(infrastructure.components(), service.database()), keys, overrides,
                    logs.resolve(service.module() + ".log"));
            processes.put(service, process);
            services.put(service.module(), process);
        }
        LocalService.startInWaves(processes, READY_TIMEOUT);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> services.values().parallelStream().forEach(ServiceProcess::stop), "system-tests-stop"));
    }

    static synchronized Platform get() {
        if (instance == null) {
            instance = new Platform();
        }
        return instance;
    }

    String commandServiceUrl() {
        return services.get("command-service").url();
    }

    String simulatorUrl() {
        return services.get("fleet-simulator").url();
    }

    String accessToken(String username, String password) {
        return infrastructure.keycloak().accessToken(username, password);
    }

    /** What enrollment-service will announce once the driver finished the certification. */
    void enroll(String accountId, String vin, String deviceId) {
        try (KafkaSeeder kafka = new KafkaSeeder(infrastructure.kafka().bootstrapServers())) {
            kafka.enrollmentCompleted(accountId, vin, deviceId);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish EnrollmentCompleted", e);
        }
    }

    List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }
}
