package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-cluster infrastructure's custom resources (Strimzi, CloudNativePG, Keycloak operator). fabric8 has no model
 * of them, so each is checked against a JSON schema under {@code src/test/resources/crd-schemas}: the operator's CRD
 * narrowed to the fields the chart sets, with their types and enumerations, and no other field anywhere.
 */
class CustomResourcesTest {

    private static final Manifests ALL_ON = Chart.render(OperatorValues.everythingInCluster());
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final Set<String> KINDS = Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Database",
            "Keycloak", "KeycloakRealmImport", "ServiceMonitor");

    @Test
    void everyCustomResourceMatchesItsOperatorsSchema() {
        for (String kind : KINDS) {
            Schema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:crd-schemas/" + kind + ".json"));
            List<Manifests.Document> resources = ALL_ON.custom(kind);

            assertThat(resources).as(kind).isNotEmpty();
            for (Manifests.Document resource : resources) {
                assertThat(schema.validate(resource.tree())).as("%s %s", kind, resource.resource().getMetadata().getName())
                        .isEmpty();
            }
        }
    }

    @Test
    void theSchemasRefuseAFieldTheOperatorDoesNotKnow() {
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:crd-schemas/KafkaTopic.json"));
        JsonNode topic = ALL_ON.custom("KafkaTopic").get(0).tree().deepCopy();
        ((ObjectNode) topic.get("spec")).put("partitons", 3);

        assertThat(schema.validate(topic)).isNotEmpty();
    }

    @Test
    void kafkaRunsInKraftModeOnOneNodePoolOfControllersAndBrokers() {
        Map<String, Object> pool = spec(ALL_ON.custom("KafkaNodePool").get(0));

        assertThat(ALL_ON.custom("Kafka")).singleElement().satisfies(kafka -> assertThat(
                kafka.resource().getMetadata().getAnnotations()).containsEntry("strimzi.io/kraft", "enabled"));
        assertThat(pool.get("roles")).isEqualTo(List.of("controller", "broker"));
        assertThat(((Number) pool.get("replicas")).intValue()).isEqualTo(3);
    }

    @Test
    void everyServiceOwnsADatabaseWhoseRoleTakesItsPasswordFromTheServicesSecret() {
        Map<String, Object> cluster = spec(ALL_ON.custom("Cluster").get(0));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> roles = (List<Map<String, Object>>) ((Map<String, Object>) cluster.get("managed")).get("roles");

        assertThat(ALL_ON.custom("Database")).extracting(database -> spec(database).get("name") + " owned by " + spec(database).get("owner"))
                .containsExactlyInAnyOrder("bridge owned by bridge", "command owned by command",
                        "enrollment owned by enrollment", "keycloak owned by keycloak", "otp owned by otp");
        assertThat(roles).extracting(role -> role.get("name") + " " + ((Map<?, ?>) role.get("passwordSecret")).get("name"))
                .contains("otp rc-otpdatabase", "bridge rc-bridgedatabase", "keycloak rc-keycloakdatabase");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRealmIsRemoteCommandsWithThePublicMobileAppClient() {
        Map<String, Object> realm = (Map<String, Object>) spec(ALL_ON.custom("KeycloakRealmImport").get(0)).get("realm");

        assertThat(realm).containsEntry("realm", "remote-commands");
        assertThat(realm.get("clients")).asList().singleElement()
                .isEqualTo(Map.of("clientId", "mobile-app", "publicClient", true, "standardFlowEnabled", true,
                        "directAccessGrantsEnabled", false, "redirectUris", List.of()));
    }

    @Test
    void theServicesUseTheInClusterInfrastructureWhenItIsOn() {
        assertThat(ALL_ON.named(ConfigMap.class, "vehicle-bridge").getData())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "rc-kafka-kafka-bootstrap:9092")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://rc-postgresql-rw:5432/bridge")
                .containsEntry("BRIDGE_MQTT_HOST", "rc-mqtt-broker");
        assertThat(ALL_ON.named(ConfigMap.class, "command-service").getData())
                .containsEntry("OIDC_AUTH_SERVER_URL", "http://rc-keycloak-service:8080/realms/remote-commands");
        assertThat(ALL_ON.named(Deployment.class, "mqtt-broker").getSpec().getTemplate().getSpec().getContainers().get(0)
                .getImage()).isEqualTo("hivemq/hivemq-ce:2025.5");
    }

    @Test
    void noInfrastructureIsInstalledByDefault() {
        Manifests manifests = Chart.render(OperatorValues.smallCluster());

        for (String kind : KINDS) {
            assertThat(manifests.custom(kind)).as(kind).isEmpty();
        }
        assertThat(Installs.serviceDeployments(manifests)).extracting(Installs::serviceOf)
                .containsExactlyInAnyOrder("enrollment-service", "otp-service", "command-service", "vehicle-bridge");
        assertThat(manifests.all(Deployment.class)).hasSize(4);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Manifests.Document document) {
        return (Map<String, Object>) ((GenericKubernetesResource) document.resource())
                .getAdditionalProperties().get("spec");
    }
}
