package dev.remotecommands.infrastructure.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One scrape of a service's {@code /q/metrics} (Prometheus text format), read the way Prometheus reads it: series
 * by name and labels, so that a test asserts on what the dashboard will query.
 */
public final class MetricsScrape {

    /** One line of the scrape: {@code name{label="value",...} 1.0}. */
    public record Sample(String name, Map<String, String> labels, double value) {

        boolean has(Map<String, String> wanted) {
            return wanted.entrySet().stream().allMatch(label -> label.getValue().equals(labels.get(label.getKey())));
        }
    }

    private final List<Sample> samples;

    private MetricsScrape(List<Sample> samples) {
        this.samples = samples;
    }

    public static MetricsScrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line.strip()));
            }
        }
        return new MetricsScrape(samples);
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The series names, e.g. {@code remote_commands_accepted_total}. */
    public Set<String> names() {
        return samples.stream().map(Sample::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The sum over the series of this name that carry these labels ({@code "type", "UNLOCK", ...}), as
     * {@code sum(name{labels})} would give; 0 when there is none (a counter not yet incremented is not exported).
     */
    public double sum(String name, String... labelPairs) {
        Map<String, String> wanted = pairs(labelPairs);
        return samples.stream().filter(sample -> sample.name().equals(name) && sample.has(wanted))
                .mapToDouble(Sample::value).sum();
    }

    /** Whether a series of this name with these labels is exported at all. */
    public boolean has(String name, String... labelPairs) {
        Map<String, String> wanted = pairs(labelPairs);
        return samples.stream().anyMatch(sample -> sample.name().equals(name) && sample.has(wanted));
    }

    /** Every label value of the scrape, of every series. */
    public Set<String> labelValues() {
        return samples.stream().flatMap(sample -> sample.labels().values().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> pairs(String... labelPairs) {
        if (labelPairs.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs");
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            wanted.put(labelPairs[i], labelPairs[i + 1]);
        }
        return wanted;
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        if (brace < 0 || brace > space) {
            return new Sample(line.substring(0, space), Map.of(), number(line.substring(space + 1)));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        int i = brace + 1;
        while (line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            String label = line.substring(i, equals).strip();
            StringBuilder value = new StringBuilder();
            int j = equals + 2; // past ="
            for (; line.charAt(j) != '"'; j++) {
                char c = line.charAt(j);
                if (c == '\\') {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            labels.put(label, value.toString());
            i = j + 1;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return new Sample(line.substring(0, brace), labels, number(line.substring(i + 1).strip()));
    }

    /** The value, without the optional timestamp after it. */
    private static double number(String text) {
        String value = text.split(" ")[0];
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }
}
