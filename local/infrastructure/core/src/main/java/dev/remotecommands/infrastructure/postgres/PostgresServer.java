package dev.remotecommands.infrastructure.postgres;

import dev.remotecommands.infrastructure.Component;
import dev.remotecommands.infrastructure.Endpoints;
import dev.remotecommands.infrastructure.process.ChildProcess;
import dev.remotecommands.infrastructure.process.ChildProcessComponent;
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
public final class PostgresServer extends ChildProcessComponent implements DatabaseHost {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Pattern POSTMASTER_PID = Pattern.compile(PostgresCommands.READY_MARKER + ".*postmaster-pid=(\\d+)");
    private static final String HOST = "localhost";

    private final Path home;
    private final Path logFile;
    private final Set<String> databases = new LinkedHashSet<>();
    private volatile Long postmasterPid;

    public PostgresServer(Path home, Path logFile, int port) {
        super("PostgreSQL", port, READY_TIMEOUT, STOP_GRACE);
        this.home = home.toAbsolutePath();
        this.logFile = logFile;
    }

    @Override
    public Component kind() {
        return Component.POSTGRES;
    }

    @Override
    protected ChildProcess processToStart(ChildProcess previous) {
        // The command carries the databases, so a restart re-creates none and a fresh data directory gets them all.
        return new ChildProcess("PostgreSQL", PostgresCommands.serve(port(), home.resolve("data"), databases), home,
                logFile);
    }

    @Override
    protected boolean servesRequests() {
        return readyPostmasterPid().isPresent();
    }

    @Override
    protected void afterReady() {
        postmasterPid = readyPostmasterPid().orElseThrow();
        // pg_ctl detached the server from our child: watch it too, so it cannot outlive this JVM.
        OrphanReaper.watch(postmasterPid);
    }

    @Override
    public synchronized void stop() {
        super.stop();
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
        return super.isRunning() && pid != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public synchronized void createDatabases(Collection<String> names) {
        Set<String> missing = new LinkedHashSet<>(names);
        missing.removeAll(databases);
        databases.addAll(names);
        if (isRunning() && !missing.isEmpty()) {
            PostgresCommands.provision(HOST, port(), "postgres", "postgres", missing, home, logFile);
        }
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of(Endpoints.POSTGRES_HOST, HOST, Endpoints.POSTGRES_PORT, Integer.toString(port()));
    }

    private Optional<Long> readyPostmasterPid() {
        Matcher matcher = POSTMASTER_PID.matcher(process().logSinceStart());
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
