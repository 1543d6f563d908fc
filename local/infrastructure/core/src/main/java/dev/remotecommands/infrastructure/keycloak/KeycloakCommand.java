package dev.remotecommands.infrastructure.keycloak;

import dev.remotecommands.infrastructure.process.ChildProcess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code kc.sh start} command line of one instance: its own H2 database file and transaction log, loopback
 * only, plain HTTP, hostname taken from the request (so tokens are issued for {@code http://localhost:PORT}).
 */
record KeycloakCommand(Path home, Path databaseFile, Path instanceDirectory, int port, int managementPort,
                       boolean importRealm) {

    private static final String HOST = "localhost";

    List<String> arguments() {
        String database = databaseFile.toAbsolutePath().toString();
        String h2Name = database.substring(0, database.length() - ".mv.db".length());
        List<String> arguments = new ArrayList<>(List.of("sh", home.resolve("bin/kc.sh").toString(),
                "-Dquarkus.transaction-manager.object-store.directory=" + instanceDirectory.resolve("transaction-logs"),
                "start", "--optimized",
                "--db-url=jdbc:h2:file:" + h2Name + ";NON_KEYWORDS=VALUE",
                "--http-enabled=true", "--hostname-strict=false", "--http-host=127.0.0.1",
                "--http-port=" + port, "--http-management-port=" + managementPort, "--cache=local"));
        if (importRealm) {
            arguments.add("--import-realm");
        }
        return arguments;
    }

    String url() {
        return "http://" + HOST + ":" + port;
    }

    /** Same JDK as this JVM; the bootstrap admin is admin/admin (local use only). */
    static Map<String, String> environment() {
        Map<String, String> environment = ChildProcess.javaHomeEnvironment();
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return environment;
    }
}
