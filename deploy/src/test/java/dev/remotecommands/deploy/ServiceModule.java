package dev.remotecommands.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A service the chart deploys, and what its module says about it: its application.properties, its Dockerfile. */
record ServiceModule(String name, Path dir) {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    static final List<ServiceModule> ALL = List.of(
            new ServiceModule("enrollment-service", REPOSITORY.resolve("enrollment-service")),
            new ServiceModule("otp-service", REPOSITORY.resolve("otp-service")),
            new ServiceModule("command-service", REPOSITORY.resolve("command-service")),
            new ServiceModule("vehicle-bridge", REPOSITORY.resolve("vehicle-bridge")),
            new ServiceModule("fleet-simulator", REPOSITORY.resolve("tools/fleet-simulator")));

    static ServiceModule named(String name) {
        return ALL.stream().filter(module -> module.name.equals(name)).findFirst().orElseThrow();
    }

    Properties applicationProperties() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A property as the prod profile sees it: {@code %prod.key} over {@code key}. */
    String prodProperty(String key) {
        Properties properties = applicationProperties();
        return properties.getProperty("%prod." + key, properties.getProperty(key));
    }

    /**
     * The environment variables the service reads: the env form of every key in its application.properties (in any
     * profile: {@code %test.commands.default-ttl} names the key {@code commands.default-ttl}) and of its
     * {@code @ConfigMapping} keys, and every {@code ${NAME}} a {@code %prod.} value refers to.
     */
    Set<String> environmentVariablesRead() {
        Properties properties = applicationProperties();
        Set<String> read = Stream.concat(
                        properties.stringPropertyNames().stream().map(key -> PROFILE.matcher(key).replaceFirst("")),
                        ConfigMappingKeys.in(dir.resolve("src/main/java")).stream())
                .map(ServiceModule::environmentName)
                .collect(Collectors.toSet());
        read.addAll(prodReferences(false));
        return read;
    }

    /** The {@code ${NAME}} of {@code %prod.} values; only those without a default when {@code requiredOnly}. */
    Set<String> prodReferences(boolean requiredOnly) {
        Properties properties = applicationProperties();
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("%prod."))
                .flatMap(key -> ENV_REFERENCE.matcher(properties.getProperty(key)).results())
                .filter(reference -> !requiredOnly || reference.group(2) == null)
                .map(reference -> reference.group(1))
                .collect(Collectors.toSet());
    }

    Path dockerfile() {
        return dir.resolve("src/main/docker/Dockerfile.jvm");
    }

    /** Quarkus' mapping of a property name to an environment variable: non-alphanumerics to _, upper case. */
    static String environmentName(String property) {
        Matcher nonAlphanumeric = Pattern.compile("[^A-Za-z0-9]").matcher(property);
        return nonAlphanumeric.replaceAll("_").toUpperCase();
    }

    @Override
    public String toString() {
        return name;
    }
}
