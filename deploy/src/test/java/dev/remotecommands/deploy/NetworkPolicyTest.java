package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service takes traffic only from who needs to call it, and reaches only what it uses. */
class NetworkPolicyTest {

    private static final Manifests SMALL = Chart.render(OperatorValues.everythingInCluster());
    private static final Manifests PRODUCTION = Chart.render(OperatorValues.production());

    @Test
    void everyServicePodIsCoveredByAPolicyOfItsOwn() {
        for (Deployment deployment : Installs.serviceDeployments(SMALL)) {
            NetworkPolicy policy = SMALL.named(NetworkPolicy.class, Installs.serviceOf(deployment));

            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        }
    }

    @Test
    void otpServiceTakesCallsOnlyFromEnrollmentService() {
        List<NetworkPolicyIngressRule> ingress = SMALL.named(NetworkPolicy.class, "otp-service").getSpec().getIngress();

        assertThat(ingress).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                assertThat(peer.getNamespaceSelector()).isNull();
                assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(Map.of(
                        "app.kubernetes.io/name", "enrollment-service", "app.kubernetes.io/instance", Chart.RELEASE));
            });
            assertThat(rule.getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getPort().getStrVal()).isEqualTo("http"));
        });
    }

    @Test
    void vehicleBridgeTakesNoInboundTrafficButMonitoring() {
        assertThat(SMALL.named(NetworkPolicy.class, "vehicle-bridge").getSpec().getIngress()).isEmpty();

        assertThat(PRODUCTION.named(NetworkPolicy.class, "vehicle-bridge").getSpec().getIngress())
                .singleElement()
                .satisfies(rule -> assertThat(rule.getFrom()).extracting(NetworkPolicyTest::namespaceOf)
                        .containsExactly("monitoring"));
    }

    @Test
    void theBffFacingApisTakeCallsFromTheConfiguredClients() {
        for (String service : List.of("enrollment-service", "command-service")) {
            assertThat(PRODUCTION.named(NetworkPolicy.class, service).getSpec().getIngress())
                    .singleElement()
                    .satisfies(rule -> assertThat(rule.getFrom()).extracting(NetworkPolicyTest::namespaceOf)
                            .containsExactlyInAnyOrder("mobile-bff", "ingress-nginx", "monitoring"));
        }
    }

    static Stream<Arguments> egressPorts() {
        return Stream.of(
                Arguments.of("enrollment-service", Set.of(53, 9092, 5432, 443, 8080)),
                Arguments.of("otp-service", Set.of(53, 9092, 5432, 443)),
                Arguments.of("command-service", Set.of(53, 9092, 5432, 443)),
                Arguments.of("vehicle-bridge", Set.of(53, 9092, 5432, 1883)));
    }

    @ParameterizedTest
    @MethodSource("egressPorts")
    void eachServiceReachesOnlyThePortsOfWhatItUses(String service, Set<Integer> ports) {
        assertThat(egressPorts(PRODUCTION.named(NetworkPolicy.class, service))).isEqualTo(new TreeSet<>(ports));
    }

    @Test
    void theFleetSimulatorReachesOnlyDnsAndTheBroker() {
        assertThat(egressPorts(SMALL.named(NetworkPolicy.class, "fleet-simulator"))).containsExactly(53, 1883);
    }

    @Test
    void externalInfrastructureIsReachedOnlyAtTheOperatorsAddresses() {
        List<NetworkPolicyEgressRule> egress = PRODUCTION.named(NetworkPolicy.class, "vehicle-bridge").getSpec().getEgress();

        assertThat(ruleFor(egress, 1883).getTo()).extracting(peer -> peer.getIpBlock().getCidr())
                .containsExactly("10.20.2.0/24");
    }

    @Test
    void theInClusterInfrastructureIsReachedOnItsOwnPods() {
        List<NetworkPolicyEgressRule> bridge = SMALL.named(NetworkPolicy.class, "vehicle-bridge").getSpec().getEgress();
        List<NetworkPolicyEgressRule> enrollment = SMALL.named(NetworkPolicy.class, "enrollment-service").getSpec().getEgress();

        assertThat(podLabels(ruleFor(bridge, 9092))).containsEntry("strimzi.io/cluster", "rc-kafka");
        assertThat(podLabels(ruleFor(bridge, 5432))).containsEntry("cnpg.io/cluster", "rc-postgresql");
        assertThat(podLabels(ruleFor(bridge, 1883))).containsEntry("app.kubernetes.io/name", "mqtt-broker");
        assertThat(enrollment).anySatisfy(rule -> assertThat(podLabels(rule)).containsEntry("app.kubernetes.io/name", "otp-service"));
        assertThat(enrollment).anySatisfy(rule -> assertThat(podLabels(rule)).containsEntry("app", "keycloak"));
    }

    private static Set<Integer> egressPorts(NetworkPolicy policy) {
        Set<Integer> ports = new TreeSet<>();
        policy.getSpec().getEgress().forEach(rule -> rule.getPorts().forEach(port -> ports.add(port.getPort().getIntVal())));
        return ports;
    }

    private static NetworkPolicyEgressRule ruleFor(List<NetworkPolicyEgressRule> egress, int port) {
        return egress.stream()
                .filter(rule -> rule.getPorts().stream().anyMatch(candidate -> candidate.getPort().getIntVal() == port))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> podLabels(NetworkPolicyEgressRule rule) {
        assertThat(rule.getTo()).singleElement();
        return rule.getTo().get(0).getPodSelector().getMatchLabels();
    }

    private static String namespaceOf(NetworkPolicyPeer peer) {
        return peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
    }
}
