package dev.remotecommands.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The chart under {@code deploy/helm/remote-commands}, rendered and linted by real Helm: the Go library inside
 * helm-java, whose native part the JVM loads once, on first use.
 */
final class Chart {

    static final Path DIR = Path.of("helm", "remote-commands").toAbsolutePath();
    static final String RELEASE = "rc";
    static final String NAMESPACE = "remote-commands";
    /** The oldest Kubernetes the chart supports (Chart.yaml's kubeVersion). */
    static final String KUBERNETES_VERSION = "1.27.0";

    private static final YAMLMapper YAML = new YAMLMapper();

    private Chart() {
    }

    /** {@code helm template rc deploy/helm/remote-commands [-f file] --set ...}; throws Helm's error when it fails. */
    static String template(OperatorValues values) {
        TemplateCommand command = new Helm(DIR).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBERNETES_VERSION);
        values.valuesFile().ifPresent(file -> command.withValuesFile(DIR.resolve(file)));
        values.settings().forEach(command::set);
        return command.call();
    }

    static Manifests render(OperatorValues values) {
        return Manifests.parse(template(values));
    }

    /**
     * {@code helm lint --strict} with these values. helm-java's lint takes no values, so it lints a copy of the chart
     * whose values.yaml holds the chart's values merged with the operator's, as {@code -f} and {@code --set} would.
     */
    static LintResult lint(OperatorValues values, Path workDir) {
        Path copy = workDir.resolve(DIR.getFileName());
        copyTree(DIR, copy);
        Map<String, Object> merged = read(DIR.resolve("values.yaml"));
        values.valuesFile().ifPresent(file -> merge(merged, read(DIR.resolve(file))));
        values.settings().forEach((key, value) -> set(merged, key, value));
        write(copy.resolve("values.yaml"), merged);
        return new Helm(copy).lint().strict().call();
    }

    /** The chart's Chart.yaml or a values file, as a tree. */
    static Map<String, Object> read(Path yaml) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = YAML.readValue(yaml.toFile(), LinkedHashMap.class);
            return tree;
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + yaml, e);
        }
    }

    static String appVersion() {
        return (String) read(DIR.resolve("Chart.yaml")).get("appVersion");
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((key, value) -> {
            if (value instanceof Map<?, ?> child && into.get(key) instanceof Map<?, ?> existing) {
                merge((Map<String, Object>) existing, (Map<String, Object>) child);
            } else {
                into.put(key, value);
            }
        });
    }

    /** A {@code --set a.b.c=value}: booleans and whole numbers typed as Helm types them. */
    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> tree, String path, String value) {
        String[] keys = path.split("\\.");
        Map<String, Object> node = tree;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(keys[i], key -> new LinkedHashMap<String, Object>());
        }
        Object typed = value.equals("true") || value.equals("false") ? Boolean.valueOf(value)
                : value.matches("-?[0-9]+") ? (Object) Long.valueOf(value) : value;
        node.put(keys[keys.length - 1], typed);
    }

    private static void write(Path file, Map<String, Object> tree) {
        YAML.writeValue(file.toFile(), tree);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
