package dev.remotecommands.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The keys of a module's {@code @ConfigMapping} interfaces, read from their sources: the prefix, then each method in
 * kebab case, a method returning an interface of the same file being a group ({@code commands.signing.private-key}).
 * Keys with a default or an {@code Optional} often appear nowhere in application.properties, yet the service reads
 * them, from an environment variable too.
 */
final class ConfigMappingKeys {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
    private static final Pattern METHOD = Pattern.compile("(?m)^\\s*([\\w.]+)(?:<[^;()]*>)?\\s+(\\w+)\\(\\)\\s*;");

    private ConfigMappingKeys() {
    }

    static Set<String> in(Path sourceRoot) {
        try (Stream<Path> sources = Files.walk(sourceRoot)) {
            Set<String> keys = new HashSet<>();
            sources.filter(path -> path.toString().endsWith(".java")).map(ConfigMappingKeys::read)
                    .forEach(source -> keys.addAll(keysOf(source)));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keysOf(String source) {
        Matcher mapping = MAPPING.matcher(source);
        if (!mapping.find()) {
            return Set.of();
        }
        Map<String, String> bodies = interfaceBodies(source);
        Matcher root = INTERFACE.matcher(source);
        root.find(mapping.end());
        Set<String> keys = new HashSet<>();
        collect(root.group(1), mapping.group(1), bodies, keys);
        return keys;
    }

    private static void collect(String type, String prefix, Map<String, String> bodies, Set<String> keys) {
        Matcher method = METHOD.matcher(withoutNestedInterfaces(bodies.get(type)));
        while (method.find()) {
            String key = prefix + "." + kebab(method.group(2));
            if (bodies.containsKey(method.group(1))) {
                collect(method.group(1), key, bodies, keys);
            } else {
                keys.add(key);
            }
        }
    }

    /** Every interface of the file by name, with the text between its braces. */
    private static Map<String, String> interfaceBodies(String source) {
        Map<String, String> bodies = new HashMap<>();
        Matcher declaration = INTERFACE.matcher(source);
        while (declaration.find()) {
            bodies.put(declaration.group(1), source.substring(declaration.end(), closingBrace(source, declaration.end())));
        }
        return bodies;
    }

    private static String withoutNestedInterfaces(String body) {
        StringBuilder own = new StringBuilder();
        int from = 0;
        Matcher nested = INTERFACE.matcher(body);
        while (nested.find(from)) {
            own.append(body, from, nested.start());
            from = closingBrace(body, nested.end()) + 1;
        }
        return own.append(body.substring(from)).toString();
    }

    private static int closingBrace(String text, int afterOpening) {
        int depth = 1;
        for (int i = afterOpening; i < text.length(); i++) {
            depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced braces");
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
