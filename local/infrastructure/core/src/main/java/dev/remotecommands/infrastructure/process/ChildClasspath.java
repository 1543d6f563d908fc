package dev.remotecommands.infrastructure.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The classpath of a child JVM, read from a listing that a helper module (infrastructure-kafka, -mqtt,
 * -postgres) wrote into its own jar at build time: the helper's own jar (or classes folder) comes first,
 * followed by the absolute paths of its dependencies in the local Maven repository.
 */
public final class ChildClasspath {

    private ChildClasspath() {
    }

    /** The classpath for the listing at {@code resource}, e.g. {@code dev/remotecommands/infrastructure/kafka/kafka.classpath}. */
    public static String of(String resource) {
        URL url = find(resource);
        List<String> entries = new ArrayList<>();
        entries.add(rootOf(url, resource).toString());
        try (InputStream in = url.openStream()) {
            String listing = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String entry : listing.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
        List<String> missing = entries.stream().filter(entry -> !Files.exists(Path.of(entry))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the classpath listed in " + url + " names files that do not exist "
                    + missing + "; rebuild the infrastructure modules: "
                    + "./mvnw -pl local/infrastructure/kafka,local/infrastructure/mqtt,local/infrastructure/postgres,local/infrastructure/core install");
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Where the class lives: its jar or its classes folder, usable on a {@code java -cp}. */
    public static Path locationOf(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        return rootOf(find(resource, type.getClassLoader()), resource);
    }

    /** The jar or folder that holds {@code resource} on this class loader. */
    public static Path rootOfResource(String resource) {
        return rootOf(find(resource), resource);
    }

    /** The jar or folder that holds {@code resource}, from the URL the class loader gave for it. */
    static Path rootOf(URL url, String resource) {
        try {
            String text = url.toString();
            if (text.startsWith("jar:")) {
                String jar = text.substring("jar:".length(), text.indexOf("!/"));
                return Path.of(URI.create(jar));
            }
            if (text.startsWith("file:")) {
                Path file = Path.of(url.toURI());
                Path root = file;
                for (int i = 0; i < resource.split("/").length; i++) {
                    root = root.getParent();
                }
                return root;
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate the jar behind " + url, e);
        }
        throw new IllegalStateException("cannot locate the jar behind " + url
                + ": only jar: and file: URLs are supported");
    }

    private static URL find(String resource) {
        return find(resource, ChildClasspath.class.getClassLoader());
    }

    private static URL find(String resource, ClassLoader preferred) {
        URL url = preferred == null ? null : preferred.getResource(resource);
        if (url == null && Thread.currentThread().getContextClassLoader() != null) {
            url = Thread.currentThread().getContextClassLoader().getResource(resource);
        }
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the classpath: add dev.remotecommands:infrastructure-core "
                    + "(it brings infrastructure-kafka, -mqtt and -postgres) to your test dependencies");
        }
        return url;
    }
}
