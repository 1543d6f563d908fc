package dev.remotecommands.infrastructure.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One external process (a Kafka broker, a PostgreSQL server, a service…) whose output goes to a log file.
 * <p>
 * It can be started again after a stop with the same command (same ports, same data). Every start is
 * registered with the {@link OrphanReaper}, so the process dies with this JVM even if this JVM is killed with
 * SIGKILL. A start that fails says why with the last lines of the log.
 */
public final class ChildProcess {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final int LOG_LINES_ON_FAILURE = 40;

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path logFile;
    private volatile Process process;
    private volatile long logOffsetAtStart;

    public ChildProcess(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
            Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.logFile = logFile;
    }

    public ChildProcess(String name, List<String> command, Path workingDirectory, Path logFile) {
        this(name, command, Map.of(), workingDirectory, logFile);
    }

    /** Launches the process; it does not wait for readiness (see {@link #awaitReady}). */
    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(workingDirectory);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, "=== " + Instant.now() + " starting " + name + ": " + String.join(" ", command)
                    + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            logOffsetAtStart = Files.size(logFile);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            process = builder.start();
            OrphanReaper.watch(process.pid());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + " (" + String.join(" ", command) + "): " + e, e);
        }
    }

    /**
     * Waits until {@code check} says the process is ready. Fails at once if the process exits, or after
     * {@code timeout}, with the last lines of its log.
     */
    public void awaitReady(Duration timeout, ReadinessCheck check) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Process current = process;
            if (current == null || !current.isAlive()) {
                throw failure("exited with code " + (current == null ? "?" : current.exitValue())
                        + " before it was ready");
            }
            if (check.isReady()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure("was not ready after " + timeout.toSeconds() + " s");
            }
            pause();
        }
    }

    /** Waits for the process to exit by itself (a one-shot tool) and fails unless it exits with 0. */
    public void awaitSuccessfulExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                ProcessTree.terminate(process.toHandle(), Duration.ofSeconds(5));
                throw failure("did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
        if (process.exitValue() != 0) {
            throw failure("failed with exit code " + process.exitValue());
        }
    }

    /** Asks the process (and what it started) to stop, then kills whatever is left after {@code grace}. */
    public synchronized void stop(Duration grace) {
        if (process != null) {
            ProcessTree.terminate(process.toHandle(), grace);
        }
    }

    /** SIGKILL, no chance to clean up: what a crash looks like. */
    public synchronized void kill() {
        if (process != null) {
            ProcessTree.kill(process.toHandle());
        }
    }

    public boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    public long pid() {
        Process current = process;
        if (current == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return current.pid();
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** The log written since the last start (for readiness markers). */
    public String logSinceStart() {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            if (length <= logOffsetAtStart) {
                return "";
            }
            byte[] bytes = new byte[(int) Math.min(length - logOffsetAtStart, 4 * 1024 * 1024)];
            file.seek(logOffsetAtStart);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the log, to explain a failure. */
    public String lastLogLines(int count) {
        Deque<String> last = new ArrayDeque<>();
        for (String line : logSinceStart().split("\\R")) {
            last.addLast(line);
            if (last.size() > count) {
                last.removeFirst();
            }
        }
        return String.join(System.lineSeparator(), last);
    }

    public IllegalStateException failure(String what) {
        return new IllegalStateException(name + " " + what + ". Log: " + logFile.toAbsolutePath()
                + System.lineSeparator() + "--- last lines ---" + System.lineSeparator()
                + lastLogLines(LOG_LINES_ON_FAILURE));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a process to be ready", e);
        }
    }

    /** The java executable of this JVM, so children run on the same JDK. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Environment for children: this JVM's JAVA_HOME, so scripts like kc.sh pick the same JDK. */
    public static Map<String, String> javaHomeEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return env;
    }

    /** A readiness probe; it must be quick and must not throw for "not yet". */
    @FunctionalInterface
    public interface ReadinessCheck {
        boolean isReady();
    }
}
