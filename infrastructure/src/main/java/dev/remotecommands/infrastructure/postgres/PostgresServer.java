package dev.remotecommands.infrastructure.postgres;

import dev.remotecommands.infrastructure.Component;
import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.ManagedComponent;
import dev.remotecommands.infrastructure.process.ChildProcess;
import dev.remotecommands.infrastructure.process.FreePorts;
import dev.remotecommands.infrastructure.process.OrphanReaper;
import dev.remotecommands.infrastructure.process.ProcessTree;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL 14 (zonky's binaries, no installation needed) run by a small JVM from infrastructure-postgres.
 * Its data directory is kept between starts. Local access is trusted, so any password works; by convention each
 * service's database is owned by a user of the same name whose password is that name.
 */
public final class PostgresServer implements ManagedComponent, DatabaseHost {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Pattern POSTMASTER_PID = Pattern.compile(PostgresCommands.READY_MARKER + ".*postmaster-pid=(\\d+)");
    private static final String HOST = "localhost";

    private final Path home;
    private final Path logFile;
    private final int port;
    private final Set<String> databases = new LinkedHashSet<>();
    private ChildProcess server;
    private volatile Long postmasterPid;

    public PostgresServer(Path home, Path logFile, int port) {
        this.home = home.toAbsolutePath();
        this.logFile = logFile;
        this.port = port == 0 ? FreePorts.pick() : port;
    }

    @Override
    public Component kind() {
        return Component.POSTGRES;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        FreePorts.requireFree(port, "PostgreSQL");
        // The command carries the databases, so a restart re-creates none and a fresh data directory gets them all.
        server = new ChildProcess("PostgreSQL", PostgresCommands.serve(port, home.resolve("data"), databases), home,
                logFile);
        server.start();
        server.awaitReady(READY_TIMEOUT, () -> readyPostmasterPid().isPresent());
        postmasterPid = readyPostmasterPid().orElseThrow();
        // pg_ctl detached the server from our child: watch it too, so it cannot outlive this JVM.
        OrphanReaper.watch(postmasterPid);
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(STOP_GRACE);
        }
        Long pid = postmasterPid;
        if (pid != null) {
            // Our child stops PostgreSQL on SIGTERM; make sure it is really gone before anyone reuses the port.
            ProcessHandle.of(pid).ifPresent(postmaster -> ProcessTree.terminate(postmaster, STOP_GRACE));
            postmasterPid = null;
        }
    }

    @Override
    public boolean isRunning() {
        Long pid = postmasterPid;
        return server != null && server.isAlive() && pid != null
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public synchronized void createDatabases(Collection<String> names) {
        Set<String> missing = new LinkedHashSet<>(names);
        missing.removeAll(databases);
        databases.addAll(names);
        if (isRunning() && !missing.isEmpty()) {
            PostgresCommands.provision(HOST, port, "postgres", "postgres", missing, home, logFile);
        }
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of(Endpoints.POSTGRES_HOST, HOST, Endpoints.POSTGRES_PORT, Integer.toString(port));
    }

    private Optional<Long> readyPostmasterPid() {
        Matcher matcher = POSTMASTER_PID.matcher(server.logSinceStart());
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
