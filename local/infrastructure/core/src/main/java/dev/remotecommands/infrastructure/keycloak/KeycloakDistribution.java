package dev.remotecommands.infrastructure.keycloak;

import dev.remotecommands.infrastructure.process.ChildProcess;
import dev.remotecommands.infrastructure.process.Folders;
import dev.remotecommands.infrastructure.process.FreePorts;

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
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution, unpacked once from the Maven zip into a cache folder shared by all runs and
 * modules, and built once ({@code kc.sh build}) for what we need: file H2, local caches, health.
 * <p>
 * Creating Keycloak's schema and importing the realm is most of a first start, so it is done once too: a
 * template database with the realm imported is kept next to the distribution (rebuilt when the realm file
 * changes). Each instance starts from its own copy of that database, so instances never share state and can run
 * side by side. A file lock keeps two processes from preparing at the same time.
 */
final class KeycloakDistribution {

    /** Build-time options; changing them makes the next start rebuild the cached distribution. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--cache=local", "--health-enabled=true");
    static final String DATABASE_FILE = "keycloakdb.mv.db";
    static final String REALM_FILE = "remote-commands-realm.json";

    private static final String LOCATION_RESOURCE = "dev/remotecommands/infrastructure/keycloak/keycloak-dist.location";
    private static final String REALM_RESOURCE = "dev/remotecommands/infrastructure/keycloak/" + REALM_FILE;
    private static final String PREPARED_MARKER = ".remote-commands-prepared";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private KeycloakDistribution() {
    }

    /** A prepared distribution: where it lives and the template database holding our realm. */
    record Prepared(Path home, Path templateDatabase) {
    }

    /** Unpacks, builds and creates the realm template as needed, then returns where they are. */
    static Prepared prepare(Path cacheRoot) {
        Path zip = zipLocation();
        // The build options are part of the folder name, so distributions built differently never collide.
        String name = zip.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".zip", "")
                + "-" + Integer.toHexString(BUILD_OPTIONS.hashCode());
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
                    Folders.deleteRecursively(home);
                    unzip(zip, cacheRoot, home);
                    build(home, cacheRoot.resolve(name + "-build.log"));
                    Files.writeString(marker, fingerprint);
                }
                byte[] realm = realm();
                installRealm(home, realm);
                Path template = cacheRoot.resolve(name + "-realm-template");
                Path templateMarker = template.resolve(PREPARED_MARKER);
                String realmFingerprint = fingerprint + " realm " + Arrays.hashCode(realm);
                if (!Files.exists(templateMarker) || !Files.readString(templateMarker).equals(realmFingerprint)) {
                    Folders.deleteRecursively(template);
                    createTemplate(home, template, cacheRoot.resolve(name + "-realm-template.log"));
                    Files.writeString(templateMarker, realmFingerprint);
                }
                return new Prepared(home, template.resolve(DATABASE_FILE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Keycloak distribution under " + cacheRoot, e);
        } finally {
            IN_THIS_JVM.unlock();
        }
    }

    /** Starts Keycloak once on a fresh database with {@code --import-realm}, then stops it cleanly. */
    private static void createTemplate(Path home, Path template, Path logFile) throws IOException {
        Files.createDirectories(template);
        KeycloakCommand command = new KeycloakCommand(home, template.resolve(DATABASE_FILE), template,
                FreePorts.pick(), FreePorts.pick(), true);
        ChildProcess server = new ChildProcess("Keycloak (realm template)", command.arguments(),
                KeycloakCommand.environment(), template, logFile);
        server.start();
        try {
            server.awaitReady(BUILD_TIMEOUT, () -> TokenClient.realmIsServed(command.url()));
        } finally {
            server.stop(Duration.ofSeconds(30));
        }
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
            Folders.deleteRecursively(staging);
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

    private static byte[] realm() throws IOException {
        try (InputStream in = resource(REALM_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static void installRealm(Path home, byte[] realm) throws IOException {
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
}
