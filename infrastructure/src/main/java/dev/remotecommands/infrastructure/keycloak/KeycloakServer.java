package dev.remotecommands.infrastructure.keycloak;

import dev.remotecommands.infrastructure.Component;
import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.ManagedComponent;
import dev.remotecommands.infrastructure.process.ChildProcess;
import dev.remotecommands.infrastructure.process.FreePorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak with the local realm {@code remote-commands} imported at every start, on an in-memory database of
 * its own (so any number of instances can run side by side, each forgetting everything when stopped).
 * The bootstrap admin is {@code admin}/{@code admin}: local use only.
 */
public final class KeycloakServer implements ManagedComponent {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final String HOST = "localhost";

    private final Path cacheRoot;
    private final Path instanceDirectory;
    private final Path logFile;
    private final int port;
    private final int managementPort;
    private ChildProcess server;

    /**
     * @param cacheRoot         where the unpacked distribution is cached across runs
     * @param instanceDirectory this instance's own files (transaction logs)
     */
    public KeycloakServer(Path cacheRoot, Path instanceDirectory, Path logFile, int port) {
        this.cacheRoot = cacheRoot;
        this.instanceDirectory = instanceDirectory.toAbsolutePath();
        this.logFile = logFile;
        this.port = port == 0 ? FreePorts.pick() : port;
        this.managementPort = FreePorts.pick();
    }

    @Override
    public Component kind() {
        return Component.KEYCLOAK;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        FreePorts.requireFree(port, "Keycloak");
        if (server == null) {
            server = new ChildProcess("Keycloak", command(KeycloakDistribution.prepare(cacheRoot)), environment(),
                    instanceDirectory, logFile);
        }
        server.start();
        server.awaitReady(READY_TIMEOUT, () -> TokenClient.realmIsServed(url()));
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(STOP_GRACE);
        }
    }

    @Override
    public boolean isRunning() {
        return server != null && server.isAlive();
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of(Endpoints.KEYCLOAK_URL, url());
    }

    public String url() {
        return "http://" + HOST + ":" + port;
    }

    private List<String> command(Path home) {
        return List.of("sh", home.resolve("bin/kc.sh").toString(),
                // Each instance keeps its transaction log apart from the shared distribution.
                "-Dquarkus.transaction-manager.object-store.directory=" + instanceDirectory.resolve("transaction-logs"),
                "start", "--optimized",
                "--http-enabled=true", "--hostname-strict=false", "--http-host=127.0.0.1",
                "--http-port=" + port, "--http-management-port=" + managementPort,
                "--cache=local", "--import-realm");
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = ChildProcess.javaHomeEnvironment();
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return environment;
    }
}
