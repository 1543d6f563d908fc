package dev.remotecommands.loadtest.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The platform's processes on this machine and their CPU time. Found by their command lines (or given with
 * {@code --pids}): each service by its {@code <module>/target/quarkus-app/quarkus-run.jar}, Kafka, the MQTT broker,
 * Keycloak, PostgreSQL's postmaster with every child it has (backends, walwriter, …), and this JVM; only those of
 * this checkout (command line or working directory under the project folder), since other builds on the machine run
 * the same programs. Looked up again at each {@link #snapshot()}, so PostgreSQL backends opened during a step count.
 */
public final class PlatformProcesses {

    /** CPU ticks per process, by name, at one moment. */
    public record Snapshot(Map<String, Map<Long, Long>> ticks) {
    }

    private final Path proc;
    private final Path projectDirectory;
    private final Map<String, List<Long>> given;

    private PlatformProcesses(Path proc, Path projectDirectory, Map<String, List<Long>> given) {
        this.proc = proc;
        this.projectDirectory = projectDirectory;
        this.given = given;
    }

    /** Explicit pids by name (their children are not added). */
    public static PlatformProcesses given(Map<String, Long> pids) {
        Map<String, List<Long>> byName = new TreeMap<>();
        pids.forEach((name, pid) -> byName.put(name, List.of(pid)));
        return new PlatformProcesses(Path.of("/proc"), null, byName);
    }

    /** The platform processes of the checkout in {@code projectDirectory}, looked up in {@code proc}. */
    public static PlatformProcesses find(Path proc, Path projectDirectory) {
        return new PlatformProcesses(proc, projectDirectory.toAbsolutePath().normalize(), null);
    }

    /** The pids by name, as they are now. */
    public Map<String, List<Long>> pids() {
        return given != null ? given : lookUp();
    }

    public Snapshot snapshot() {
        Map<String, Map<Long, Long>> ticks = new TreeMap<>();
        pids().forEach((name, pids) -> {
            Map<Long, Long> byPid = new HashMap<>();
            pids.forEach(pid -> ProcStat.ticks(proc, pid).ifPresent(value -> byPid.put(pid, value)));
            ticks.put(name, byPid);
        });
        return new Snapshot(ticks);
    }

    /**
     * CPU seconds each name used from {@code before} to {@code after}: per process still there, its growth (all of it
     * for one that started in between). A process that ended in between is left out; an ended PostgreSQL backend's
     * time shows in the postmaster's waited-for children's time instead.
     */
    public static Map<String, Double> cpuSeconds(Snapshot before, Snapshot after) {
        Map<String, Double> seconds = new TreeMap<>();
        after.ticks().forEach((name, pids) -> {
            Map<Long, Long> earlier = before.ticks().getOrDefault(name, Map.of());
            long used = pids.entrySet().stream()
                    .mapToLong(entry -> entry.getValue() - earlier.getOrDefault(entry.getKey(), 0L)).sum();
            seconds.put(name, used / (double) ProcStat.CLOCK_TICKS_PER_SECOND);
        });
        return seconds;
    }

    /** The platform process a command line belongs to, or null. */
    static String classify(String cmdline) {
        int jar = cmdline.indexOf("/target/quarkus-app/quarkus-run.jar");
        if (jar >= 0) {
            String module = cmdline.substring(0, jar);
            return module.substring(module.lastIndexOf('/') + 1);
        }
        if (cmdline.contains("kafka.Kafka ") || cmdline.contains("KafkaServerMain")) {
            return "kafka";
        }
        if (cmdline.contains("HiveMqBrokerMain") || cmdline.contains("hivemq")) {
            return "mqtt-broker";
        }
        if (cmdline.contains("keycloak")) {
            return "keycloak";
        }
        if (cmdline.matches("^\\S*/postgres( .*)?-D .*")) {
            return "postgresql";
        }
        return null;
    }

    private Map<String, List<Long>> lookUp() {
        Map<String, List<Long>> byName = new TreeMap<>();
        List<Long> postmasters = new ArrayList<>();
        Map<Long, String> cmdlines = cmdlines();
        cmdlines.forEach((pid, cmdline) -> {
            String name = classify(cmdline);
            if (name != null && ours(pid, cmdline)) {
                byName.computeIfAbsent(name, key -> new ArrayList<>()).add(pid);
                if (name.equals("postgresql")) {
                    postmasters.add(pid);
                }
            }
        });
        // a postmaster's children are named after their role ("postgres: command command 127.0.0.1 idle")
        cmdlines.keySet().forEach(pid -> ProcStat.parent(proc, pid).ifPresent(parent -> {
            if (postmasters.contains(parent)) {
                byName.get("postgresql").add(pid);
            }
        }));
        byName.put("load-test", List.of(ProcessHandle.current().pid()));
        return byName;
    }

    private boolean ours(long pid, String cmdline) {
        if (cmdline.contains(projectDirectory + "/")) {
            return true;
        }
        try {
            return Files.readSymbolicLink(proc.resolve(pid + "/cwd")).startsWith(projectDirectory);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private Map<Long, String> cmdlines() {
        Map<Long, String> cmdlines = new TreeMap<>();
        try (Stream<Path> entries = Files.list(proc)) {
            entries.filter(entry -> entry.getFileName().toString().matches("[0-9]+")).forEach(entry -> {
                try {
                    String cmdline = new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ').trim();
                    if (!cmdline.isEmpty()) {
                        cmdlines.put(Long.parseLong(entry.getFileName().toString()), cmdline);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + proc, e);
        }
        return cmdlines;
    }
}
