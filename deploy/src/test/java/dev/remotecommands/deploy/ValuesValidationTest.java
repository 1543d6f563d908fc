package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A wrong or missing value stops the install with a message that names the value and says what is expected. */
class ValuesValidationTest {

    static Stream<Arguments> wrongValues() {
        OperatorValues small = OperatorValues.smallCluster();
        return Stream.of(
                Arguments.of(small.with("services.command-service.replicas", "three"),
                        "at '/services/command-service/replicas': got string, want integer"),
                Arguments.of(small.with("services.command-service.replica", "3"),
                        "at '/services/command-service': additional properties 'replica' not allowed"),
                Arguments.of(small.with("monitoring.enabled", "true"),
                        "additional properties 'monitoring' not allowed"),
                Arguments.of(small.with("global.image.tag", "latest"),
                        "global.image.tag \"latest\" is refused: pin the version to deploy"),
                Arguments.of(small.with("services.otp-service.sms.provider", "sns"),
                        "at '/services/otp-service/sms/provider'"),
                Arguments.of(small.with("kafka.bootstrapServers", "kafka"),
                        "at '/kafka/bootstrapServers': 'kafka' does not match pattern"),
                Arguments.of(small.with("serviceDefaults.topologySpread.whenUnsatisfiable", "Sometimes"),
                        "at '/serviceDefaults/topologySpread/whenUnsatisfiable'"),
                Arguments.of(small.with("services.vehicle-bridge.config.Bridge_Answer_Grace", "PT5S"),
                        "invalid propertyName 'Bridge_Answer_Grace'"),
                Arguments.of(small.with("secrets.otpHmacSecret.existingSecret", "OTP_Secret"),
                        "at '/secrets/otpHmacSecret/existingSecret': 'OTP_Secret' does not match pattern"),
                Arguments.of(small.without("kafka.bootstrapServers"),
                        "kafka.bootstrapServers is required (host:port[,host:port] of your Kafka), or set infrastructure.strimzi.enabled=true"),
                Arguments.of(small.without("oidc.authServerUrl"), "oidc.authServerUrl is required"),
                Arguments.of(small.without("services.otp-service.sms.from"),
                        "services.otp-service.sms.from is required with sms.provider http"),
                Arguments.of(OperatorValues.everythingInCluster().without("infrastructure.keycloak.hostname"),
                        "infrastructure.keycloak.hostname is required with infrastructure.keycloak.enabled"),
                Arguments.of(OperatorValues.everythingInCluster().with("secrets.otpDatabase.usernameKey", "user"),
                        "secrets.otpDatabase: CloudNativePG reads a role's password from a Secret with the keys username and password"),
                Arguments.of(small.with("metrics.serviceMonitor.interval", "30sec"),
                        "at '/metrics/serviceMonitor/interval': '30sec' does not match pattern"),
                Arguments.of(small.with("infrastructure.mqttBroker.image", "hivemq/hivemq-ce:latest"),
                        "at '/infrastructure/mqttBroker/image'"));
    }

    @ParameterizedTest
    @MethodSource("wrongValues")
    void isRefusedWithAClearMessage(OperatorValues values, String message) {
        assertThatThrownBy(() -> Chart.template(values)).hasMessageContaining(message);
    }

    static Stream<String> secretReferences() {
        return OperatorValues.production().settings().keySet().stream().filter(key -> key.startsWith("secrets."));
    }

    @ParameterizedTest
    @MethodSource("secretReferences")
    void aMissingSecretReferenceIsRefusedWithWhatTheSecretMustHold(String reference) {
        assertThatThrownBy(() -> Chart.template(OperatorValues.production().without(reference)))
                .hasMessageContaining(reference + " is required: the name of an existing Secret that holds ");
    }
}
