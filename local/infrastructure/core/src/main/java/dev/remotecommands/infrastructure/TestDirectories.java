package dev.remotecommands.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code target/infrastructure/<pid>/}: this test JVM's component data and logs. Folders left by earlier test
 * JVMs that are gone are deleted, so data never piles up, while the last run's logs stay readable until the next.
 */
final class TestDirectories {

    private TestDirectories() {
    }

    static Path forThisJvm() {
        Path base = Path.of(System.getProperty("infrastructure.test-directory", "target/infrastructure"))
                .toAbsolutePath();
        long pid = ProcessHandle.current().pid();
        deleteFoldersOfDeadJvms(base, pid);
        return base.resolve(Long.toString(pid));
    }

    private static void deleteFoldersOfDeadJvms(Path base, long ownPid) {
        if (!Files.isDirectory(base)) {
            return;
        }
        try (Stream<Path> folders = Files.list(base)) {
            folders.filter(Files::isDirectory)
                    .filter(folder -> folder.getFileName().toString().matches("\\d+"))
                    .filter(folder -> {
                        long pid = Long.parseLong(folder.getFileName().toString());
                        return pid != ownPid && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                    })
                    .forEach(TestDirectories::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + base, e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: a leftover folder costs disk space, nothing else.
        }
    }
}
