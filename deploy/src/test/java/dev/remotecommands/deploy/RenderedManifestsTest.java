package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered manifest is a Kubernetes object its API knows, with no field the API does not know; a misspelt
 * field would otherwise reach the cluster and be dropped or refused there.
 */
class RenderedManifestsTest {

    private static final Set<String> CUSTOM_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io", "k8s.keycloak.org",
            "monitoring.coreos.com");

    @ParameterizedTest
    @MethodSource(Installs.ALL)
    void builtInKindsParseAsTypedObjectsWithoutUnknownFields(OperatorValues values) {
        Manifests manifests = Chart.render(values);

        assertThat(manifests.documents()).isNotEmpty();
        for (Manifests.Document document : manifests.documents()) {
            HasMetadata resource = document.resource();
            String group = resource.getApiVersion().contains("/") ? resource.getApiVersion().split("/")[0] : "";
            if (CUSTOM_GROUPS.contains(group)) {
                continue;
            }
            assertThat(resource).as("%s %s", resource.getKind(), resource.getMetadata().getName())
                    .isNotInstanceOf(GenericKubernetesResource.class);
            assertThat(UnknownFields.in(resource)).as("unknown fields of %s %s", resource.getKind(),
                    resource.getMetadata().getName()).isEmpty();
        }
    }

    @Test
    void aMisspeltFieldIsFoundWhereverItIsNested() {
        Manifests manifests = Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: typo}
                spec:
                  selector: {matchLabels: {app: typo}}
                  template:
                    metadata: {labels: {app: typo}}
                    spec:
                      containers:
                        - name: typo
                          image: typo:1
                          livenesProbe: {httpGet: {path: /q/health/live, port: 8080}}
                          resources: {limits: {cpu: "1"}, requets: {cpu: 100m}}
                """);

        assertThat(UnknownFields.in(manifests.documents().get(0).resource())).containsExactlyInAnyOrder(
                "spec.template.spec.containers[0].livenesProbe", "spec.template.spec.containers[0].resources.requets");
    }
}
