package dev.remotecommands.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Components named by environment variables are used as they are, and never started or stopped here. */
class ExternalEndpointsTest {

    @Test
    void namedEndpointsAreUsedInsteadOfStartingComponents(@TempDir Path directory) {
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9093",
                "MQTT_HOST", "mqtt.example", "MQTT_PORT", "8883",
                "KEYCLOAK_URL", "https://sso.example");
        InfrastructureSpec spec = new InfrastructureSpec(EnumSet.of(Component.KAFKA, Component.MQTT,
                Component.KEYCLOAK), Set.of(), directory, directory, directory, Map.of(), environment);

        try (RunningInfrastructure infrastructure = RunningInfrastructure.start(spec)) {
            assertThat(infrastructure.getEndpoints()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Endpoints.KAFKA_BOOTSTRAP_SERVERS, "kafka.example:9093",
                    Endpoints.MQTT_HOST, "mqtt.example", Endpoints.MQTT_PORT, "8883",
                    Endpoints.KEYCLOAK_URL, "https://sso.example"));
            assertThatThrownBy(() -> infrastructure.stop("kafka"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
        }
    }

    @Test
    void anExternalPostgresStillGetsTheServiceDatabasesAndTheirOwners(@TempDir Path directory) throws Exception {
        // The PostgreSQL of this JVM's test infrastructure plays the external server.
        Infrastructure.Postgres server = Infrastructure.start("postgres").postgres();
        Map<String, String> environment = Map.of("POSTGRES_HOST", server.host(),
                "POSTGRES_PORT", Integer.toString(server.port()),
                "POSTGRES_ADMIN_USER", "postgres", "POSTGRES_ADMIN_PASSWORD", "postgres");
        InfrastructureSpec spec = new InfrastructureSpec(EnumSet.of(Component.POSTGRES), Set.of("billing"),
                directory, directory, directory, Map.of(), environment);

        try (RunningInfrastructure infrastructure = RunningInfrastructure.start(spec);
             Connection connection = DriverManager.getConnection(server.jdbcUrl("billing"), "billing", "billing")) {
            ResultSet owner = connection.createStatement().executeQuery(
                    "select pg_get_userbyid(datdba) from pg_database where datname = current_database()");
            owner.next();
            assertThat(owner.getString(1)).isEqualTo("billing");
            assertThat(infrastructure.getEndpoints()).containsEntry(Endpoints.POSTGRES_PORT,
                    Integer.toString(server.port()));
        }
    }
}
