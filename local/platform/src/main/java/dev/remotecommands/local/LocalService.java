package dev.remotecommands.local;

import dev.remotecommands.infrastructure.Infrastructure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A service of the platform, as LocalPlatform and the system tests run it.
 *
 * @param module     the service's name (its Maven artifact), for logs and wiring
 * @param folder     its module folder from the repository root, whose {@code target/quarkus-app/quarkus-run.jar}
 *                   is started
 * @param port       its HTTP port in a local run
 * @param database   its PostgreSQL database, or null when it has none
 * @param startWave  services of a wave are started side by side once every service of the waves before is ready
 * @param wiring     the properties it needs from the run: its secrets and where the other services listen
 */
public record LocalService(String module, String folder, int port, String database, int startWave,
                           Function<Wiring, Map<String, String>> wiring) {

    public Path jar(Path projectDirectory) {
        return projectDirectory.resolve(folder).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * The service's process, not yet started, with the {@code local} profile, the connection properties, its
     * wiring and any overrides (overrides win).
     *
     * @param connection what {@link Infrastructure#configProperties} gives for this service's database
     */
    public ServiceProcess process(Path projectDirectory, int httpPort, Map<String, String> connection,
            Wiring run, Map<String, String> overrides, Path logFile) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.profile", "local");
        properties.putAll(connection);
        properties.putAll(wiring.apply(run));
        properties.putAll(overrides);
        return new ServiceProcess(module, jar(projectDirectory), httpPort, properties, logFile);
    }

    /** Starts the processes wave by wave (see {@code startWave}), side by side within a wave, each until ready. */
    public static void startInWaves(Map<LocalService, ServiceProcess> processes, Duration readyTimeout) {
        Map<Integer, List<ServiceProcess>> waves = processes.entrySet().stream()
                .collect(Collectors.groupingBy(entry -> entry.getKey().startWave(), TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        for (var wave : waves.values()) {
            CompletableFuture.allOf(wave.stream()
                    .map(process -> CompletableFuture.runAsync(() -> process.start(readyTimeout)))
                    .toArray(CompletableFuture[]::new)).join();
        }
    }

    /**
     * What the services of one run must know of each other: the run's secrets and the base URL of each service
     * (by module), picked before any of them starts.
     */
    public record Wiring(PlatformSecrets secrets, Map<String, String> serviceUrls) {

        public String urlOf(String module) {
            String url = serviceUrls.get(module);
            if (url == null) {
                throw new IllegalArgumentException("no service " + module + " in this run");
            }
            return url;
        }
    }
}
