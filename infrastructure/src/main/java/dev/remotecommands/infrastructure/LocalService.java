package dev.remotecommands.infrastructure;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A service of the platform, as LocalPlatform and the system tests run it.
 *
 * @param module     Maven module, whose {@code target/quarkus-app/quarkus-run.jar} is started
 * @param port       its HTTP port in a local run
 * @param database   its PostgreSQL database, or null when it has none
 * @param keyMaterial the signing-key properties it needs, from the platform's key pair
 */
public record LocalService(String module, int port, String database,
                           Function<SigningKeys, Map<String, String>> keyMaterial) {

    public Path jar(Path projectDirectory) {
        return projectDirectory.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * The service's process, not yet started, with the {@code local} profile, the connection properties, its key
     * material and any overrides (overrides win).
     *
     * @param connection what {@link Infrastructure#configProperties} gives for this service's database
     */
    public ServiceProcess process(Path projectDirectory, int httpPort, Map<String, String> connection,
            SigningKeys keys, Map<String, String> overrides, Path logFile) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.profile", "local");
        properties.putAll(connection);
        properties.putAll(keyMaterial.apply(keys));
        properties.putAll(overrides);
        return new ServiceProcess(module, jar(projectDirectory), httpPort, properties, logFile);
    }

    /** The Ed25519 pair of a run: command-service signs, the bridge and the cars verify. */
    public record SigningKeys(String privateKeyPkcs8, String publicKeyX509) {
    }
}
