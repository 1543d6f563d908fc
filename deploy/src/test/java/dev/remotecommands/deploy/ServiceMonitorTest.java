package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * With {@code metrics.serviceMonitor.enabled}, Prometheus scrapes /q/metrics of every service through a
 * ServiceMonitor that selects the service's own Service; without it, the chart asks for no Prometheus Operator CRD.
 */
class ServiceMonitorTest {

    /** The services that export metrics: the fleet simulator has none. */
    private static final List<String> MONITORED = List.of("enrollment-service", "otp-service", "command-service",
            "vehicle-bridge");

    @Test
    void eachServiceIsScrapedAtItsMetricsPathOnItsHttpPort() {
        Manifests manifests = Chart.render(OperatorValues.everythingInCluster()
                .with("metrics.serviceMonitor.interval", "20s")
                .with("metrics.serviceMonitor.labels.release", "kube-prometheus-stack"));

        assertThat(manifests.custom("ServiceMonitor")).extracting(monitor -> monitor.resource().getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(MONITORED.stream().map(name -> Chart.RELEASE + "-" + name).toList());
        for (String name : MONITORED) {
            JsonNode monitor = monitorOf(manifests, name);
            Service service = manifests.named(Service.class, name);
            JsonNode endpoint = monitor.at("/spec/endpoints/0");

            assertThat(monitor.at("/spec/endpoints").size()).as(name).isEqualTo(1);
            assertThat(endpoint.get("path").asString()).as(name).isEqualTo("/q/metrics");
            assertThat(endpoint.get("interval").asString()).as(name).isEqualTo("20s");
            assertThat(endpoint.get("scrapeTimeout").asString()).as(name).isEqualTo("10s");
            assertThat(service.getSpec().getPorts()).as(name)
                    .anySatisfy(port -> assertThat(port.getName()).isEqualTo(endpoint.get("port").asString()));
            assertThat(service.getMetadata().getLabels()).as(name).containsAllEntriesOf(matchLabels(monitor));
            assertThat(monitor.at("/spec/namespaceSelector/matchNames/0").asString()).isEqualTo(Chart.NAMESPACE);
            assertThat(monitor.at("/metadata/labels/release").asString()).isEqualTo("kube-prometheus-stack");
        }
    }

    @Test
    void productionIsScrapedEveryFifteenSeconds() {
        Manifests production = Chart.render(OperatorValues.production());

        assertThat(production.custom("ServiceMonitor")).hasSize(MONITORED.size());
        assertThat(monitorOf(production, "command-service").at("/spec/endpoints/0/interval").asString())
                .isEqualTo("15s");
    }

    @Test
    void noServiceMonitorUnlessAskedFor() {
        assertThat(Chart.render(OperatorValues.smallCluster()).custom("ServiceMonitor")).isEmpty();
        assertThat(Chart.template(OperatorValues.smallCluster())).doesNotContain("monitoring.coreos.com");
    }

    private static JsonNode monitorOf(Manifests manifests, String service) {
        return manifests.custom("ServiceMonitor").stream()
                .filter(monitor -> monitor.resource().getMetadata().getName().equals(Chart.RELEASE + "-" + service))
                .findFirst().orElseThrow().tree();
    }

    private static Map<String, String> matchLabels(JsonNode monitor) {
        Map<String, String> labels = new LinkedHashMap<>();
        monitor.at("/spec/selector/matchLabels").properties()
                .forEach(label -> labels.put(label.getKey(), label.getValue().asString()));
        assertThat(labels).containsKeys("app.kubernetes.io/name", "app.kubernetes.io/instance");
        return labels;
    }
}
