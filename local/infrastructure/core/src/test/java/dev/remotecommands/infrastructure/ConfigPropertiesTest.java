package dev.remotecommands.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How endpoints become the configuration keys the services read. */
class ConfigPropertiesTest {

    @Test
    void everyComponentMapsToTheKeysTheServicesRead() {
        Map<String, String> endpoints = Map.of(
                Endpoints.KAFKA_BOOTSTRAP_SERVERS, "localhost:9092",
                Endpoints.POSTGRES_HOST, "localhost", Endpoints.POSTGRES_PORT, "15432",
                Endpoints.MQTT_HOST, "localhost", Endpoints.MQTT_PORT, "1883",
                Endpoints.KEYCLOAK_URL, "http://localhost:8180");

        assertThat(Infrastructure.configProperties(endpoints, "command")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "kafka.bootstrap.servers", "localhost:9092",
                "quarkus.datasource.reactive.url", "postgresql://localhost:15432/command",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:15432/command",
                "quarkus.datasource.username", "command",
                "quarkus.datasource.password", "command",
                "mqtt.host", "localhost",
                "mqtt.port", "1883",
                "keycloak.url", "http://localhost:8180",
                "quarkus.oidc.auth-server-url", "http://localhost:8180/realms/remote-commands"));
    }

    @Test
    void withoutADatabaseNoDatasourceIsConfigured() {
        Map<String, String> endpoints = Map.of(Endpoints.POSTGRES_HOST, "localhost", Endpoints.POSTGRES_PORT, "1");

        assertThat(Infrastructure.configProperties(endpoints, null)).isEmpty();
    }

    @Test
    void componentNamesAreParsedAndAnUnknownOneIsNamedInTheError() {
        assertThat(Component.parse(" kafka, MQTT ,")).containsExactlyInAnyOrder(Component.KAFKA, Component.MQTT);
        assertThatThrownBy(() -> Component.parse("kafka,redis"))
                .hasMessageContaining("redis")
                .hasMessageContaining("kafka,postgres,mqtt,keycloak");
    }
}
