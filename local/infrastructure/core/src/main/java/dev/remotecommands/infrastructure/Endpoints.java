package dev.remotecommands.infrastructure;

/** Keys of {@link ManagedComponent#endpoints()}: how each component is reached. */
public final class Endpoints {

    public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String POSTGRES_HOST = "postgres.host";
    public static final String POSTGRES_PORT = "postgres.port";
    public static final String MQTT_HOST = "mqtt.host";
    public static final String MQTT_PORT = "mqtt.port";
    public static final String KEYCLOAK_URL = "keycloak.url";

    private Endpoints() {
    }
}
