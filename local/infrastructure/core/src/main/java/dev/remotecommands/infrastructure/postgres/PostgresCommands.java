package dev.remotecommands.infrastructure.postgres;

import dev.remotecommands.infrastructure.process.ChildClasspath;
import dev.remotecommands.infrastructure.process.ChildProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Command lines of the infrastructure-postgres process ({@code PostgresServerMain}). */
final class PostgresCommands {

    static final String READY_MARKER = "POSTGRES READY";
    private static final String CLASSPATH_RESOURCE = "dev/remotecommands/infrastructure/postgres/postgres.classpath";
    private static final String MAIN_CLASS = "dev.remotecommands.infrastructure.postgres.PostgresServerMain";
    private static final Duration PROVISION_TIMEOUT = Duration.ofSeconds(60);

    private PostgresCommands() {
    }

    static List<String> serve(int port, Path dataDirectory, Collection<String> databases) {
        return java("serve", Integer.toString(port), dataDirectory.toString(), String.join(",", databases));
    }

    /** Creates the databases on host:port with the admin account, through a short-lived child process. */
    static void provision(String host, int port, String adminUser, String adminPassword, Collection<String> databases,
            Path workingDirectory, Path logFile) {
        if (databases.isEmpty()) {
            return;
        }
        ChildProcess provisioner = new ChildProcess("PostgreSQL database creation",
                java("provision", host, Integer.toString(port), adminUser, adminPassword, String.join(",", databases)),
                workingDirectory, logFile);
        provisioner.start();
        provisioner.awaitSuccessfulExit(PROVISION_TIMEOUT);
    }

    private static List<String> java(String... args) {
        // The heap is for unpacking the PostgreSQL binaries (xz) on the very first start.
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx192m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", ChildClasspath.of(CLASSPATH_RESOURCE), MAIN_CLASS));
        command.addAll(List.of(args));
        return command;
    }
}
