package dev.remotecommands.infrastructure.keycloak;

import dev.remotecommands.infrastructure.process.ChildProcess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution, unpacked once from the Maven zip into a cache folder shared by all runs and
 * modules, and built once ({@code kc.sh build}) for what we need: in-memory H2, local caches, health. Instances
 * then start with {@code --optimized} and never write into the distribution, so several can run side by side.
 * A file lock keeps two processes from unpacking or building at the same time.
 */
final class KeycloakDistribution {

    /** Build-time options; changing them makes the next start rebuild the cached distribution. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-mem", "--cache=local", "--health-enabled=true");
    static final String REALM_FILE = "remote-commands-realm.json";

    private static final String LOCATION_RESOURCE = "dev/remotecommands/infrastructure/keycloak/keycloak-dist.location";
    private static final String REALM_RESOURCE = "dev/remotecommands/infrastructure/keycloak/" + REALM_FILE;
    private static final String PREPARED_MARKER = ".remote-commands-prepared";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private KeycloakDistribution() {
    }

    /** The home of a distribution ready for {@code kc.sh start --optimized --import-realm} with our realm. */
    static Path prepare(Path cacheRoot) {
        Path zip = zipLocation();
        String name = zip.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".zip", "");
        Path home = cacheRoot.resolve(name);
        IN_THIS_JVM.lock();
        try {
            Files.createDirectories(cacheRoot);
            try (FileChannel channel = FileChannel.open(cacheRoot.resolve(name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                String fingerprint = String.join(" ", BUILD_OPTIONS);
                Path marker = home.resolve(PREPARED_MARKER);
                if (!Files.exists(marker) || !Files.readString(marker).equals(fingerprint)) {
                    deleteRecursively(home);
                    unzip(zip, cacheRoot, home);
                    build(home, cacheRoot.resolve(name + "-build.log"));
                    Files.writeString(marker, fingerprint);
                }
                installRealm(home);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Keycloak distribution under " + cacheRoot, e);
        } finally {
            IN_THIS_JVM.unlock();
        }
        return home;
    }

    private static Path zipLocation() {
        Path zip;
        try (InputStream in = resource(LOCATION_RESOURCE)) {
            zip = Path.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION_RESOURCE, e);
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("the Keycloak distribution " + zip + " is missing from the local Maven "
                    + "repository; rebuild the infrastructure module: ./mvnw -pl infrastructure install");
        }
        return zip;
    }

    private static void unzip(Path zip, Path cacheRoot, Path home) throws IOException {
        // The zip holds one top folder, keycloak-<version>, which is the home we want.
        Path staging = Files.createTempDirectory(cacheRoot, "unzip-");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("unsafe entry in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (target.getFileName().toString().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
            try (Stream<Path> top = Files.list(staging)) {
                Path unpacked = top.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IOException(zip + " holds no keycloak folder"));
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteRecursively(staging);
        }
    }

    private static void build(Path home, Path logFile) {
        List<String> command = new java.util.ArrayList<>(List.of("sh", home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        ChildProcess build = new ChildProcess("Keycloak build", command, ChildProcess.javaHomeEnvironment(), home,
                logFile);
        build.start();
        build.awaitSuccessfulExit(BUILD_TIMEOUT);
    }

    private static void installRealm(Path home) throws IOException {
        byte[] realm;
        try (InputStream in = resource(REALM_RESOURCE)) {
            realm = in.readAllBytes();
        }
        Path target = home.resolve("data/import").resolve(REALM_FILE);
        if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), realm)) {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "realm", ".tmp");
            Files.write(temporary, realm);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = KeycloakDistribution.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath; is dev.remotecommands:infrastructure "
                    + "built and on the test classpath?");
        }
        return in;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
