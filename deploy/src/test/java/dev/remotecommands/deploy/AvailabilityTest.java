package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replicas survive node drains and zone outages, scale with load, and are reached through their Service. */
class AvailabilityTest {

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void aNodeDrainEvictsAtMostOneReplicaOfAService(OperatorValues values) {
        Installs.forEachService(values, (manifests, deployment) -> {
            PodDisruptionBudget budget = manifests.named(PodDisruptionBudget.class, Installs.serviceOf(deployment));

            assertThat(podLabels(deployment)).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        });
    }

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void anAutoscaledServiceLeavesItsReplicaCountToTheAutoscaler(OperatorValues values) {
        Manifests manifests = Chart.render(values);
        for (HorizontalPodAutoscaler autoscaler : manifests.all(HorizontalPodAutoscaler.class)) {
            Deployment target = manifests.all(Deployment.class).stream()
                    .filter(deployment -> deployment.getMetadata().getName()
                            .equals(autoscaler.getSpec().getScaleTargetRef().getName()))
                    .findFirst().orElseThrow();

            assertThat(target.getSpec().getReplicas()).as(target.getMetadata().getName()).isNull();
            assertThat(autoscaler.getSpec().getMinReplicas()).isLessThanOrEqualTo(autoscaler.getSpec().getMaxReplicas());
            assertThat(autoscaler.getSpec().getMetrics()).singleElement()
                    .satisfies(metric -> assertThat(metric.getResource().getName()).isEqualTo("cpu"));
        }
    }

    @Test
    void theFourServicesAutoscaleAndTheSimulatorRunsItsFixedReplicas() {
        Manifests manifests = Chart.render(OperatorValues.everythingInCluster());

        assertThat(manifests.all(HorizontalPodAutoscaler.class)).extracting(hpa -> hpa.getMetadata().getName())
                .containsExactlyInAnyOrder("rc-enrollment-service", "rc-otp-service", "rc-command-service",
                        "rc-vehicle-bridge");
        assertThat(manifests.named(Deployment.class, "fleet-simulator").getSpec().getReplicas()).isEqualTo(1);
    }

    @Test
    void productionKeepsAReplicaServingThroughADrain() {
        for (HorizontalPodAutoscaler autoscaler : Chart.render(OperatorValues.production()).all(HorizontalPodAutoscaler.class)) {
            assertThat(autoscaler.getSpec().getMinReplicas()).as(autoscaler.getMetadata().getName()).isGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void replicasSpreadOverZones(OperatorValues values) {
        Installs.forEachService(values, (manifests, deployment) -> assertThat(
                deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                .as(deployment.getMetadata().getName())
                .anySatisfy(constraint -> assertSpreadsItsOwnPods(constraint, deployment, "topology.kubernetes.io/zone")));
    }

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void eachServiceIsReachedOnItsPodsHttpPort(OperatorValues values) {
        Installs.forEachService(values, (manifests, deployment) -> {
            Service service = manifests.named(Service.class, Installs.serviceOf(deployment));

            assertThat(podLabels(deployment)).containsAllEntriesOf(service.getSpec().getSelector());
            assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getPort()).isEqualTo(8080);
                assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
            });
        });
    }

    private static void assertSpreadsItsOwnPods(TopologySpreadConstraint constraint, Deployment deployment, String key) {
        assertThat(constraint.getTopologyKey()).isEqualTo(key);
        assertThat(podLabels(deployment)).containsAllEntriesOf(constraint.getLabelSelector().getMatchLabels());
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }
}
