package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service gets its settings as the environment variables its application.properties reads, and every one its
 * prod profile needs. A key renamed in a service (and not in the chart) fails here, not in a cluster at start-up.
 */
class ServiceConfigurationTest {

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void everyVariableGivenToAServiceIsOneItReads(OperatorValues values) {
        Installs.forEachService(values, (manifests, deployment) -> {
            ServiceModule module = ServiceModule.named(Installs.serviceOf(deployment));

            assertThat(variablesGiven(manifests, deployment))
                    .as("variables of %s that it does not read", module)
                    .isSubsetOf(module.environmentVariablesRead());
        });
    }

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void everyVariableTheProdProfileNeedsIsGiven(OperatorValues values) {
        Installs.forEachService(values, (manifests, deployment) -> assertThat(variablesGiven(manifests, deployment))
                .as("%s's %%prod. ${...} without a default", Installs.serviceOf(deployment))
                .containsAll(ServiceModule.named(Installs.serviceOf(deployment)).prodReferences(true)));
    }

    @Test
    void theKeysAServiceReadsIncludeItsConfigMappingOnes() {
        assertThat(ServiceModule.named("command-service").environmentVariablesRead())
                .contains("COMMANDS_DEFAULT_TTL", "COMMANDS_SIGNING_PRIVATE_KEY", "COMMANDS_REMOTE_SESSION_MAX_AGE")
                .doesNotContain("COMMANDS_SIGNING", "COMMANDS_REMOTE_SESSION");
        assertThat(ServiceModule.named("vehicle-bridge").environmentVariablesRead())
                .contains("BRIDGE_MQTT_ACK_SILENCE_LIMIT", "BRIDGE_WAKE_UP_MONTHLY_LIMIT", "BRIDGE_COMMAND_VERIFICATION_KEY");
    }

    @Test
    void theSecretsReachTheServicesOnlyByReference() {
        Manifests manifests = Chart.render(OperatorValues.smallCluster());
        for (Deployment deployment : Installs.serviceDeployments(manifests)) {
            for (EnvVar variable : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                assertThat(variable.getValue()).as(variable.getName()).isNull();
                assertThat(variable.getValueFrom().getSecretKeyRef().getName()).as(variable.getName()).startsWith("rc-");
            }
        }
        assertThat(secretNamesOf(manifests, "command-service")).containsExactly("COMMANDS_REMOTE_SESSION_VERIFICATION_KEY",
                "COMMANDS_SIGNING_PRIVATE_KEY", "DB_PASSWORD", "DB_USERNAME");
    }

    @Test
    void anOperatorsSettingReachesTheServiceAsItsEnvironmentVariable() {
        Manifests manifests = Chart.render(OperatorValues.smallCluster()
                .with("services.command-service.config.commands\\.default-ttl", "PT45S"));

        assertThat(configOf(manifests, "command-service")).containsEntry("COMMANDS_DEFAULT_TTL", "PT45S");
    }

    @Test
    void theServicesFindEachOtherAndTheInfrastructure() {
        Manifests manifests = Chart.render(OperatorValues.smallCluster());

        assertThat(configOf(manifests, "enrollment-service"))
                .containsEntry("QUARKUS_HTTP_PORT", "8080")
                .containsEntry("OTP_SERVICE_URL", "http://rc-otp-service:8080")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka-bootstrap.kafka:9092")
                .containsEntry("DB_REACTIVE_URL", "postgresql://postgres.databases:5432/enrollment")
                .containsEntry("DB_JDBC_URL", "jdbc:postgresql://postgres.databases:5432/enrollment")
                .containsEntry("OIDC_AUTH_SERVER_URL", "https://login.example.com/realms/remote-commands");
        assertThat(configOf(manifests, "vehicle-bridge"))
                .containsEntry("BRIDGE_MQTT_HOST", "broker.mqtt")
                .containsEntry("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://postgres.databases:5432/bridge");
        assertThat(configOf(Chart.render(OperatorValues.production()), "otp-service"))
                .containsEntry("DB_JDBC_URL", "jdbc:postgresql://postgres.example.internal:5432/otp?sslmode=require");
    }

    @Test
    void theLocalSmsInboxNeedsNoProviderCredentials() {
        Manifests manifests = Chart.render(OperatorValues.smallCluster()
                .with("services.otp-service.sms.provider", "local")
                .without("secrets.smsProvider.existingSecret"));

        assertThat(configOf(manifests, "otp-service")).containsEntry("OTP_SMS_PROVIDER", "local");
        assertThat(secretNamesOf(manifests, "otp-service")).doesNotContain("OTP_SMS_HTTP_AUTH_TOKEN");
    }

    private static Set<String> variablesGiven(Manifests manifests, Deployment deployment) {
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getEnvFrom()).extracting(source -> source.getConfigMapRef().getName())
                .containsExactly(deployment.getMetadata().getName());
        Set<String> given = new TreeSet<>(configOf(manifests, Installs.serviceOf(deployment)).keySet());
        container.getEnv().forEach(variable -> given.add(variable.getName()));
        return given;
    }

    private static Map<String, String> configOf(Manifests manifests, String service) {
        return manifests.named(ConfigMap.class, service).getData();
    }

    private static Set<String> secretNamesOf(Manifests manifests, String service) {
        Set<String> names = new TreeSet<>();
        manifests.named(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                .forEach(variable -> names.add(variable.getName()));
        return names;
    }
}
