package dev.remotecommands.infrastructure;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * A service that LocalPlatform runs.
 *
 * @param module     Maven module, whose {@code target/quarkus-app/quarkus-run.jar} is started
 * @param port       its HTTP port
 * @param database   its PostgreSQL database, or null when it has none
 * @param keyMaterial the signing-key properties it needs, from the platform's key pair
 */
public record LocalService(String module, int port, String database,
                           Function<SigningKeys, Map<String, String>> keyMaterial) {

    public Path jar(Path projectDirectory) {
        return projectDirectory.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The Ed25519 pair of a local run: command-service signs, the bridge and the cars verify. */
    public record SigningKeys(String privateKeyPkcs8, String publicKeyX509) {
    }
}
