package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pod the chart runs is probed, bounded and locked down as a restricted Pod Security Standard expects. */
class ContainerHardeningTest {

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void everyServiceIsProbedOnItsThreeHealthEndpoints(OperatorValues values) {
        Installs.forEachService(values, (manifests, deployment) -> {
            Container container = onlyContainer(deployment);

            assertThat(httpPath(container.getStartupProbe())).as("%s startup", deployment.getMetadata().getName())
                    .isEqualTo("/q/health/started");
            assertThat(httpPath(container.getLivenessProbe())).as("%s liveness", deployment.getMetadata().getName())
                    .isEqualTo("/q/health/live");
            assertThat(httpPath(container.getReadinessProbe())).as("%s readiness", deployment.getMetadata().getName())
                    .isEqualTo("/q/health/ready");
            assertThat(container.getStartupProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
            assertThat(container.getPorts()).anySatisfy(port -> {
                assertThat(port.getName()).isEqualTo("http");
                assertThat(port.getContainerPort()).isEqualTo(8080);
            });
        });
    }

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void everyContainerRequestsAndIsLimitedInCpuAndMemory(OperatorValues values) {
        for (Deployment deployment : Chart.render(values).all(Deployment.class)) {
            ResourceRequirements resources = onlyContainer(deployment).getResources();
            for (String resource : new String[] {"cpu", "memory"}) {
                Quantity request = resources.getRequests().get(resource);
                Quantity limit = resources.getLimits().get(resource);

                assertThat(request).as("%s %s request", deployment.getMetadata().getName(), resource).isNotNull();
                assertThat(limit).as("%s %s limit", deployment.getMetadata().getName(), resource).isNotNull();
                assertThat(limit.getNumericalAmount()).as("%s %s limit", deployment.getMetadata().getName(), resource)
                        .isGreaterThanOrEqualTo(request.getNumericalAmount());
            }
        }
    }

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void everyPodRunsAsNonRootOnAReadOnlyFilesystemWithoutPrivileges(OperatorValues values) {
        for (Deployment deployment : Chart.render(values).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            SecurityContext context = onlyContainer(deployment).getSecurityContext();
            String name = deployment.getMetadata().getName();

            assertThat(podContext.getRunAsNonRoot()).as(name).isTrue();
            assertThat(podContext.getRunAsUser()).as(name).isPositive();
            assertThat(podContext.getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
            assertThat(context.getRunAsNonRoot()).as(name).isTrue();
            assertThat(context.getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(context.getPrivileged()).as(name).isFalse();
            assertThat(context.getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(context.getCapabilities().getDrop()).as(name).containsExactly("ALL");
            assertThat(context.getCapabilities().getAdd()).as(name).isNullOrEmpty();
            assertThat(context.getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void everyPodWritesItsTemporaryFilesToAnEmptyDirAtTmp(OperatorValues values) {
        for (Deployment deployment : Chart.render(values).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();

            assertThat(onlyContainer(deployment).getVolumeMounts()).as(deployment.getMetadata().getName())
                    .anySatisfy(mount -> {
                        assertThat(mount.getMountPath()).isEqualTo("/tmp");
                        Volume volume = pod.getVolumes().stream()
                                .filter(candidate -> candidate.getName().equals(mount.getName()))
                                .findFirst().orElseThrow();
                        assertThat(volume.getEmptyDir()).isNotNull();
                    });
        }
    }

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void everyImageIsPinnedAndTheServicesRunTheChartsAppVersion(OperatorValues values) {
        Manifests manifests = Chart.render(values);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            assertThat(onlyContainer(deployment).getImage()).as(deployment.getMetadata().getName())
                    .matches(".+:[A-Za-z0-9_][A-Za-z0-9_.-]*").doesNotEndWith(":latest");
        }
        for (Deployment deployment : Installs.serviceDeployments(manifests)) {
            assertThat(onlyContainer(deployment).getImage()).endsWith(":" + Chart.appVersion());
        }
    }

    private static Container onlyContainer(Deployment deployment) {
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static String httpPath(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet().getPath();
    }
}
