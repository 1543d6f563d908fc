package dev.remotecommands.systemtests.testing;

import static io.restassured.RestAssured.given;

import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.infrastructure.process.FreePorts;
import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.local.LocalService;
import dev.remotecommands.local.LocalService.Wiring;
import dev.remotecommands.local.PlatformSecrets;
import dev.remotecommands.local.ServiceProcess;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.local.journey.DriverJourney;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole platform as the BFF sees it: real Kafka, PostgreSQL, MQTT broker and Keycloak, and the packaged
 * services as separate JVMs on free ports. Started once per test JVM and shared by every system test.
 */
public final class Platform {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /** Settings that differ from the services' defaults for the whole system-test run. */
    private static final Map<String, Map<String, String>> OVERRIDES = Map.of(
            // The benchmark sends many LOCK/UNLOCK commands to one car, FaultsUnderLoadIT every type to its cars
            // every few seconds; the limits have their own tests.
            LocalPlatform.COMMAND, Map.of(
                    "commands.rate-limits.lock.max", "100000",
                    "commands.rate-limits.unlock.max", "100000",
                    "commands.rate-limits.lights.max", "100000",
                    "commands.rate-limits.horn.max", "100000",
                    "commands.rate-limits.refresh-state.max", "100000"),
            // Cars 11-20 carry the load of the fault tests, away from the cars whose state other tests check.
            LocalPlatform.SIMULATOR, Map.of("simulator.fleet-size", "20"));

    private static Platform instance;

    private final Infrastructure infrastructure;
    private final Path projectDirectory;
    private final Wiring wiring;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final DriverJourney journey;
    private final Map<String, DriverJourney.Session> certifiedCars = new ConcurrentHashMap<>();

    private Platform() {
        projectDirectory = Path.of(System.getProperty("platform.project-dir", "..")).toAbsolutePath().normalize();
        infrastructure = Infrastructure.start("kafka,postgres,mqtt,keycloak", "command", "bridge", "enrollment",
                "otp");
        LocalPlatform.SERVICES.forEach(service -> ports.put(service.module(), FreePorts.pick()));
        Map<String, String> urls = new LinkedHashMap<>();
        ports.forEach((module, port) -> urls.put(module, "http://localhost:" + port));
        wiring = new Wiring(PlatformSecrets.generate(), urls);
        Map<LocalService, ServiceProcess> processes = new LinkedHashMap<>();
        for (LocalService service : LocalPlatform.SERVICES) {
            ServiceProcess process = process(service, Map.of());
            processes.put(service, process);
            services.put(service.module(), process);
        }
        LocalService.startInWaves(processes, READY_TIMEOUT);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> services.values().parallelStream().forEach(ServiceProcess::stop), "system-tests-stop"));
        journey = new DriverJourney(LocalPlatform.urls(wiring),
                driver -> accessToken(driver.username(), driver.password()),
                line -> System.out.println("[journey] " + line));
    }

    private ServiceProcess process(LocalService service, Map<String, String> extraOverrides) {
        Map<String, String> overrides = new LinkedHashMap<>(OVERRIDES.getOrDefault(service.module(), Map.of()));
        overrides.putAll(extraOverrides);
        return service.process(projectDirectory, ports.get(service.module()),
                infrastructure.configProperties(infrastructure.components(), service.database()), wiring, overrides,
                serviceLog(service.module()));
    }

    /** The checkout the platform runs from (its modules' build output). */
    public Path projectDirectory() {
        return projectDirectory;
    }

    /** The log file of a service of this run (every start appends to it). */
    public Path serviceLog(String module) {
        return projectDirectory.resolve("system-tests/target/service-logs/" + module + ".log");
    }

    /**
     * Stops a service and starts it again on the same port with these settings on top of the run's (an empty map
     * brings back the run's own settings). For tests that need, say, a short session lifetime for a while.
     */
    public synchronized void restartWith(String module, Map<String, String> overrides) {
        LocalService service = LocalPlatform.SERVICES.stream().filter(each -> each.module().equals(module))
                .findFirst().orElseThrow();
        services.get(module).stop();
        ServiceProcess restarted = process(service, overrides);
        restarted.start(READY_TIMEOUT);
        services.put(module, restarted);
    }

    /** The real Kafka, PostgreSQL, MQTT broker and Keycloak of this run, to stop and start them. */
    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public static synchronized Platform get() {
        if (instance == null) {
            instance = new Platform();
        }
        return instance;
    }

    public String url(String module) {
        return services.get(module).url();
    }

    public String commandServiceUrl() {
        return url(LocalPlatform.COMMAND);
    }

    public String enrollmentServiceUrl() {
        return url(LocalPlatform.ENROLLMENT);
    }

    public String simulatorUrl() {
        return url(LocalPlatform.SIMULATOR);
    }

    public ServiceProcess service(String module) {
        return services.get(module);
    }

    public String accessToken(String username, String password) {
        return infrastructure.keycloak().accessToken(username, password);
    }

    public DriverJourney journey() {
        return journey;
    }

    /**
     * The driver certified for this car through the whole journey (once per car and run), with a new remote
     * session, as the BFF sees it afterwards.
     */
    public Bff certified(Driver driver, String vin) {
        DriverJourney.Session session = session(driver, vin);
        return new Bff(commandServiceUrl(), session.accessToken(), session.remoteSession());
    }

    /**
     * A new access token and remote session of the driver certified for this car through the whole journey (once
     * per car and run, as {@link #certified}), for tests that send their own requests.
     */
    public DriverJourney.Session session(Driver driver, String vin) {
        certifiedCars.computeIfAbsent(driver.username() + "@" + vin, key -> journey.certify(driver, vin));
        // a new remote session every time: another class may have ended the account's sessions since (a device
        // removed, the safety code changed, a deactivation)
        return journey.openRemoteSession(driver, accessToken(driver.username(), driver.password()));
    }

    /** The simulated car as the fleet simulator shows it (doors, presence, provisioning, executed commands). */
    public JsonPath car(String vin) {
        return given().baseUri(simulatorUrl()).accept(ContentType.JSON).get("/v1/cars/{vin}", vin).then()
                .statusCode(200).extract().jsonPath();
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }
}
