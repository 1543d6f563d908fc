package dev.remotecommands.infrastructure.postgres;

import dev.remotecommands.infrastructure.Component;
import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.ManagedComponent;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * A PostgreSQL server that someone else runs (named by POSTGRES_HOST and friends). It is not started or stopped
 * here, but the services' databases are still created on it, with the admin account.
 */
public final class ExternalPostgres implements ManagedComponent, DatabaseHost {

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final Path workDirectory;
    private final Path logFile;

    public ExternalPostgres(String host, int port, String adminUser, String adminPassword, Path workDirectory,
            Path logFile) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.workDirectory = workDirectory;
        this.logFile = logFile;
    }

    @Override
    public Component kind() {
        return Component.POSTGRES;
    }

    @Override
    public void start() {
        // Nothing to start: the server is external.
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException("PostgreSQL at " + host + ":" + port
                + " is external (POSTGRES_HOST); it cannot be stopped from here");
    }

    @Override
    public boolean isRunning() {
        return true;
    }

    @Override
    public void createDatabases(Collection<String> names) {
        PostgresCommands.provision(host, port, adminUser, adminPassword, names, workDirectory, logFile);
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of(Endpoints.POSTGRES_HOST, host, Endpoints.POSTGRES_PORT, Integer.toString(port));
    }
}
