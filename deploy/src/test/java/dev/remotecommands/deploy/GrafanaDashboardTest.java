package dev.remotecommands.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.service.metrics.MetricNames;
import io.fabric8.kubernetes.api.model.ConfigMap;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * deploy/grafana/remote-commands.json queries only series the services export: the names of libs/service-base
 * MetricNames as Micrometer's Prometheus registry writes them (dots to underscores, {@code _total} on counters,
 * {@code _seconds_bucket|count|sum|max} on timers), which each service's metrics test reads at /q/metrics, plus the
 * Kafka client's consumer lag.
 */
class GrafanaDashboardTest {

    private static final Path DASHBOARD = Path.of("grafana", "remote-commands.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private enum Kind {
        COUNTER("_total"), GAUGE(""), TIMER("_seconds_bucket", "_seconds_count", "_seconds_sum", "_seconds_max");

        private final List<String> suffixes;

        Kind(String... suffixes) {
            this.suffixes = List.of(suffixes);
        }
    }

    /** How each of the platform's meters is registered (CommandMetrics, OutboxMetrics, BridgeMetrics, ...). */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry(MetricNames.COMMANDS_ACCEPTED, Kind.COUNTER),
            Map.entry(MetricNames.COMMANDS_REFUSED, Kind.COUNTER),
            Map.entry(MetricNames.COMMANDS_LATENCY, Kind.TIMER),
            Map.entry(MetricNames.COMMANDS_TIMED_OUT, Kind.COUNTER),
            Map.entry(MetricNames.COMMANDS_IN_FLIGHT, Kind.GAUGE),
            Map.entry(MetricNames.OUTBOX_BACKLOG, Kind.GAUGE),
            Map.entry(MetricNames.OUTBOX_LAG, Kind.GAUGE),
            Map.entry(MetricNames.MQTT_CONNECTED, Kind.GAUGE),
            Map.entry(MetricNames.MQTT_RECEIVED, Kind.COUNTER),
            Map.entry(MetricNames.MQTT_PUBLISHED, Kind.COUNTER),
            Map.entry(MetricNames.WAKE_UPS, Kind.COUNTER),
            Map.entry(MetricNames.OTP_DELIVERIES, Kind.COUNTER),
            Map.entry(MetricNames.SAFETY_CODE_LOCKOUTS, Kind.COUNTER));

    /** Exported by a library, not named in MetricNames (command-service's metrics test checks it is there). */
    private static final Set<String> LIBRARY_SERIES = Set.of("kafka_consumer_fetch_manager_records_lag_max");

    /** Labels Prometheus adds to every series it scrapes through a ServiceMonitor, and the histogram's bucket bound. */
    private static final Set<String> TARGET_LABELS = Set.of("job", "namespace", "pod", "instance", "service",
            "container", "le");

    /** The Kafka client's own labels. */
    private static final Set<String> KAFKA_LABELS = Set.of("client_id", "topic", "partition");

    @Test
    void everyQueryNamesOnlySeriesTheServicesExport() {
        Set<String> exported = exportedSeries();
        for (String expression : expressions()) {
            assertThat(PromQlNames.metrics(expression)).as(expression).isNotEmpty().isSubsetOf(exported);
        }
    }

    @Test
    void everyQueryGroupsAndFiltersOnlyByLabelsTheSeriesCarry() {
        Set<String> labels = new TreeSet<>(TARGET_LABELS);
        labels.addAll(KAFKA_LABELS);
        labels.addAll(tags());
        for (String expression : expressions()) {
            assertThat(PromQlNames.labels(expression)).as(expression).isSubsetOf(labels);
        }
    }

    @Test
    void everyMetricOfThePlatformIsOnTheDashboard() {
        Set<String> queried = expressions().stream().flatMap(expression -> PromQlNames.metrics(expression).stream())
                .collect(Collectors.toSet());
        for (String meter : meterNames()) {
            assertThat(KINDS.get(meter).suffixes).as(meter)
                    .anySatisfy(suffix -> assertThat(queried).contains(prometheusName(meter) + suffix));
        }
    }

    @Test
    void latencyIsShownAsP50P95AndP99ByTypeFromTheHistogramBuckets() {
        List<String> quantiles = expressions().stream()
                .filter(expression -> expression.startsWith("histogram_quantile("))
                .filter(expression -> expression.contains("sum by (type, le) (rate(remote_commands_latency_seconds_bucket"))
                .map(expression -> expression.substring("histogram_quantile(".length(), expression.indexOf(',')))
                .toList();

        assertThat(quantiles).containsExactlyInAnyOrder("0.5", "0.95", "0.99");
    }

    @Test
    void everyMeterOfMetricNamesHasItsKindHere() {
        assertThat(KINDS.keySet()).containsExactlyInAnyOrderElementsOf(meterNames());
    }

    @Test
    void aMisspeltMetricOrLabelIsFound() {
        String expression = "histogram_quantile(0.99, sum by (typ, le) (rate(remote_commands_latency_bucket"
                + "{outcome=\"SUCCEEDED\"}[$__rate_interval]))) / ignoring(le) remote_command_in_flight";

        assertThat(PromQlNames.metrics(expression))
                .containsExactlyInAnyOrder("remote_commands_latency_bucket", "remote_command_in_flight")
                .doesNotContainAnyElementsOf(exportedSeries());
        assertThat(PromQlNames.labels(expression)).containsExactlyInAnyOrder("typ", "le", "outcome");
    }

    @Test
    void theChartShipsTheDashboardToGrafanasSidecarOnlyWhenAskedTo() {
        ConfigMap dashboard = Chart.render(OperatorValues.everythingInCluster())
                .named(ConfigMap.class, "grafana-dashboard");

        assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(JSON.readTree(dashboard.getData().get("remote-commands.json")))
                .isEqualTo(JSON.readTree(DASHBOARD.toFile()));
        assertThat(Chart.render(OperatorValues.smallCluster()).all(ConfigMap.class))
                .noneMatch(configMap -> configMap.getMetadata().getName().endsWith("grafana-dashboard"));
    }

    /** Every {@code expr} of the dashboard, in panels, in rows' panels and in template variables. */
    private static List<String> expressions() {
        JsonNode dashboard = JSON.readTree(DASHBOARD.toFile());
        List<String> expressions = new ArrayList<>();
        collect(dashboard, expressions);
        assertThat(expressions).as("queries of " + DASHBOARD).hasSizeGreaterThan(10);
        return expressions;
    }

    private static void collect(JsonNode node, List<String> expressions) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("expr")) {
                    expressions.add(field.getValue().asString());
                } else {
                    collect(field.getValue(), expressions);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, expressions));
        }
    }

    private static Set<String> exportedSeries() {
        Set<String> series = new TreeSet<>(LIBRARY_SERIES);
        KINDS.forEach((meter, kind) -> kind.suffixes.forEach(suffix -> series.add(prometheusName(meter) + suffix)));
        return series;
    }

    /** Micrometer's Prometheus naming: a gauge named {@code outbox.lag.seconds} keeps its unit as written. */
    private static String prometheusName(String meter) {
        return meter.replace('.', '_');
    }

    /** The meter names of MetricNames (a name has a dot; a tag, such as {@code type}, has none). */
    private static Set<String> meterNames() {
        return constants().filter(value -> value.contains(".")).collect(Collectors.toSet());
    }

    private static Set<String> tags() {
        return constants().filter(value -> !value.contains(".")).collect(Collectors.toSet());
    }

    private static Stream<String> constants() {
        return Arrays.stream(MetricNames.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(GrafanaDashboardTest::valueOf);
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
