package dev.remotecommands.infrastructure.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Makes child processes die with the JVM that started them, even when that JVM is killed with SIGKILL and gets
 * no chance to run its shutdown hooks.
 * <p>
 * The first child started in a JVM also starts one small reaper JVM ({@link #main}). Each child's pid is sent
 * to the reaper on its standard input. When the parent disappears, its end of that pipe closes; the reaper then
 * terminates every child still alive (SIGTERM, SIGKILL after a grace period) and exits. A parent that stops its
 * children itself simply leaves the reaper nothing to do.
 */
public final class OrphanReaper {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static Writer pipe;

    private OrphanReaper() {
    }

    /** Registers a child process of this JVM with the reaper, starting the reaper on first use. */
    public static synchronized void watch(long pid) {
        try {
            if (pipe == null) {
                pipe = startReaper();
            }
            // The start time goes along so that a pid reused later by an unrelated process is left alone.
            pipe.write(pid + " " + startMillis(ProcessHandle.of(pid)) + "\n");
            pipe.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand pid " + pid + " to the orphan reaper", e);
        }
    }

    private static Writer startReaper() throws IOException {
        Path classpath = ChildClasspath.locationOf(OrphanReaper.class);
        Process reaper = new ProcessBuilder(List.of(ChildProcess.javaExecutable(), "-Xmx16m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss256k", "-cp", classpath.toString(), OrphanReaper.class.getName(),
                Long.toString(ProcessHandle.current().pid())))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new OutputStreamWriter(reaper.getOutputStream(), StandardCharsets.US_ASCII);
    }

    /** The reaper process: {@code OrphanReaper <parent-pid>}, pids to watch on standard input. */
    public static void main(String[] args) throws InterruptedException {
        long parentPid = Long.parseLong(args[0]);
        Set<String> watched = ConcurrentHashMap.newKeySet();
        CountDownLatch parentGone = new CountDownLatch(1);

        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        watched.add(line.trim());
                    }
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end of input: the parent is gone.
            }
            parentGone.countDown();
        }, "pipe-reader");
        reader.setDaemon(true);
        reader.start();
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            parentGone.countDown();
        } else {
            parent.get().onExit().thenRun(parentGone::countDown);
        }

        parentGone.await();
        List<ProcessHandle> children = watched.stream()
                .map(OrphanReaper::stillTheSameProcess)
                .flatMap(Optional::stream)
                .toList();
        ProcessTree.terminateAll(children, GRACE);
        System.exit(0);
    }

    private static Optional<ProcessHandle> stillTheSameProcess(String entry) {
        String[] parts = entry.split(" ");
        try {
            return ProcessHandle.of(Long.parseLong(parts[0]))
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> parts.length < 2 || Long.toString(startMillis(Optional.of(handle))).equals(parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long startMillis(Optional<ProcessHandle> handle) {
        return handle.flatMap(h -> h.info().startInstant()).map(java.time.Instant::toEpochMilli).orElse(0L);
    }
}
