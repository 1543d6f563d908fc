package dev.remotecommands.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an operator passes to {@code helm install}: a values file of the chart (or none) and {@code --set} settings.
 * The two starting points set every secret reference, and the small cluster also the endpoints its values leave
 * open.
 */
record OperatorValues(Optional<String> valuesFile, Map<String, String> settings) {

    /** Every {@code secrets.*} entry the services need, each naming a Secret of its own. */
    private static final Map<String, String> SECRET_REFERENCES = secretReferences("commandSigningKey",
            "remoteSessionKey", "otpHmacSecret", "safetyCodeHmacSecret", "smsProvider", "enrollmentDatabase",
            "otpDatabase", "commandDatabase", "bridgeDatabase");

    /** values.yaml (a small cluster) pointed at an existing Kafka, PostgreSQL, MQTT broker and OIDC provider. */
    static OperatorValues smallCluster() {
        Map<String, String> settings = new LinkedHashMap<>(SECRET_REFERENCES);
        settings.put("kafka.bootstrapServers", "kafka-bootstrap.kafka:9092");
        settings.put("postgresql.host", "postgres.databases");
        settings.put("mqtt.host", "broker.mqtt");
        settings.put("oidc.authServerUrl", "https://login.example.com/realms/remote-commands");
        settings.put("services.otp-service.sms.from", "RemoteCmds");
        return new OperatorValues(Optional.empty(), settings);
    }

    /** values-production.yaml, which names the endpoints itself. */
    static OperatorValues production() {
        return new OperatorValues(Optional.of("values-production.yaml"), new LinkedHashMap<>(SECRET_REFERENCES));
    }

    /**
     * The small cluster with all of the optional parts on: Strimzi, CloudNativePG, the MQTT broker, Keycloak, the
     * fleet simulator, the ServiceMonitors and the Grafana dashboard.
     */
    static OperatorValues everythingInCluster() {
        return smallCluster()
                .with("infrastructure.strimzi.enabled", "true")
                .with("infrastructure.cloudnativepg.enabled", "true")
                .with("infrastructure.mqttBroker.enabled", "true")
                .with("infrastructure.keycloak.enabled", "true")
                .with("infrastructure.keycloak.hostname", "login.example.com")
                .with("secrets.keycloakDatabase.existingSecret", "rc-keycloakdatabase")
                .with("services.fleet-simulator.enabled", "true")
                .with("metrics.serviceMonitor.enabled", "true")
                .with("metrics.grafanaDashboard.enabled", "true");
    }

    OperatorValues with(String key, String value) {
        Map<String, String> changed = new LinkedHashMap<>(settings);
        changed.put(key, value);
        return new OperatorValues(valuesFile, changed);
    }

    OperatorValues without(String key) {
        Map<String, String> changed = new LinkedHashMap<>(settings);
        changed.remove(key);
        return new OperatorValues(valuesFile, changed);
    }

    @Override
    public String toString() {
        return valuesFile.orElse("values.yaml") + " " + settings.keySet();
    }

    private static Map<String, String> secretReferences(String... names) {
        Map<String, String> references = new LinkedHashMap<>();
        for (String name : names) {
            references.put("secrets." + name + ".existingSecret", "rc-" + name.toLowerCase());
        }
        return Map.copyOf(references);
    }
}
