package dev.remotecommands.loadtest;

import dev.remotecommands.local.journey.DriverJourney;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Where the platform under test listens, shared by every subcommand: the services' base URLs ({@code --platform
 * command=http://host:8083,…}, each one defaulting to {@code ./run.sh}'s local port), Kafka and the MQTT broker.
 */
public final class PlatformOptions {

    private static final Map<String, String> LOCAL = Map.of(
            "enrollment", "http://localhost:8081",
            "otp", "http://localhost:8082",
            "command", "http://localhost:8083",
            "simulator", "http://localhost:8085",
            "keycloak", "http://localhost:8180");

    @Option(names = "--platform", split = ",", paramLabel = "NAME=URL",
            description = "Base URLs of enrollment, otp, command, simulator and keycloak (default: ./run.sh's, "
                    + "enrollment=http://localhost:8081, otp=…:8082, command=…:8083, simulator=…:8085, "
                    + "keycloak=…:8180); name only the ones that differ.")
    private Map<String, String> urls = new LinkedHashMap<>();

    @Option(names = "--kafka", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    private String kafka;

    @Option(names = "--mqtt", paramLabel = "HOST:PORT", defaultValue = "localhost:1883",
            description = "MQTT broker (default: ${DEFAULT-VALUE}).")
    private String mqtt;

    public String url(String name) {
        String url = urls.getOrDefault(name, LOCAL.get(name));
        if (url == null) {
            throw new IllegalArgumentException("unknown service '" + name + "' in --platform; known: "
                    + LOCAL.keySet());
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public DriverJourney.Urls journeyUrls() {
        return new DriverJourney.Urls(url("enrollment"), url("otp"), url("command"), url("simulator"));
    }

    public String keycloakUrl() {
        return url("keycloak");
    }

    public String commandUrl() {
        return url("command");
    }

    public String kafka() {
        return kafka;
    }

    public String mqttHost() {
        return mqtt.substring(0, mqtt.lastIndexOf(':'));
    }

    public int mqttPort() {
        return Integer.parseInt(mqtt.substring(mqtt.lastIndexOf(':') + 1));
    }
}
