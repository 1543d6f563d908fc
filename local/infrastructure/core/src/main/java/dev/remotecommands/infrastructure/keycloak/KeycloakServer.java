package dev.remotecommands.infrastructure.keycloak;

import dev.remotecommands.infrastructure.Component;
import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.process.ChildProcess;
import dev.remotecommands.infrastructure.process.ChildProcessComponent;
import dev.remotecommands.infrastructure.process.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Keycloak with the local realm {@code remote-commands}, on an H2 database file of its own (a copy of the
 * prepared realm template), so any number of instances run side by side and a restart keeps its state.
 * The bootstrap admin is {@code admin}/{@code admin}: local use only.
 */
public final class KeycloakServer extends ChildProcessComponent {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path cacheRoot;
    private final Path instanceDirectory;
    private final Path logFile;
    private final int managementPort;

    /**
     * @param cacheRoot         where the unpacked distribution and the realm template are cached across runs
     * @param instanceDirectory this instance's own files (database, transaction log), kept across restarts
     */
    public KeycloakServer(Path cacheRoot, Path instanceDirectory, Path logFile, int port) {
        super("Keycloak", port, READY_TIMEOUT, STOP_GRACE);
        this.cacheRoot = cacheRoot;
        this.instanceDirectory = instanceDirectory.toAbsolutePath();
        this.logFile = logFile;
        this.managementPort = FreePorts.pick();
    }

    @Override
    public Component kind() {
        return Component.KEYCLOAK;
    }

    @Override
    protected ChildProcess processToStart(ChildProcess previous) {
        if (previous != null) {
            return previous;
        }
        KeycloakDistribution.Prepared prepared = KeycloakDistribution.prepare(cacheRoot);
        Path database = instanceDirectory.resolve("h2").resolve(KeycloakDistribution.DATABASE_FILE);
        copyOnce(prepared.templateDatabase(), database);
        KeycloakCommand command = new KeycloakCommand(prepared.home(), database, instanceDirectory, port(),
                managementPort, false);
        return new ChildProcess("Keycloak", command.arguments(), KeycloakCommand.environment(), instanceDirectory,
                logFile);
    }

    @Override
    protected boolean servesRequests() {
        return TokenClient.realmIsServed(url());
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of(Endpoints.KEYCLOAK_URL, url());
    }

    public String url() {
        return "http://localhost:" + port();
    }

    private static void copyOnce(Path template, Path database) {
        try {
            if (!Files.exists(database)) {
                Files.createDirectories(database.getParent());
                Files.copy(template, database);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the Keycloak realm template to " + database, e);
        }
    }
}
