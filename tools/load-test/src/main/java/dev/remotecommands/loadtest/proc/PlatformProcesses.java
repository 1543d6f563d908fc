package dev.remotecommands.loadtest.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The platform's processes on this machine, found by their command lines (or given with {@code --pids}), and their
 * CPU time: each service by its {@code <module>/target/quarkus-app/quarkus-run.jar}, Kafka, the MQTT broker,
 * Keycloak, PostgreSQL's postmaster with every child it has (backends, walwriter, …), and this JVM.
 */
public final class PlatformProcesses {

    private final Path proc;
    private final Map<String, List<Long>> pids;

    private PlatformProcesses(Path proc, Map<String, List<Long>> pids) {
        this.proc = proc;
        this.pids = pids;
    }

    /** Explicit pids by name (the name's children are not added). */
    public static PlatformProcesses given(Map<String, Long> pids) {
        Map<String, List<Long>> byName = new TreeMap<>();
        pids.forEach((name, pid) -> byName.put(name, List.of(pid)));
        return new PlatformProcesses(Path.of("/proc"), byName);
    }

    /** Every platform process found under {@code proc} now, with this JVM as {@code load-test}. */
    public static PlatformProcesses find(Path proc) {
        Map<String, List<Long>> byName = new TreeMap<>();
        List<Long> postmasters = new ArrayList<>();
        Map<Long, String> cmdlines = cmdlines(proc);
        cmdlines.forEach((pid, cmdline) -> {
            String name = classify(cmdline);
            if (name != null) {
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
        return new PlatformProcesses(proc, byName);
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

    /** CPU seconds so far, per name (summed over its processes; gone ones are left out). */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, list) -> seconds.put(name, list.stream()
                .mapToLong(pid -> ProcStat.ticks(proc, pid).orElse(0)).sum()
                / (double) ProcStat.CLOCK_TICKS_PER_SECOND));
        return seconds;
    }

    public Map<String, List<Long>> pids() {
        return pids;
    }

    private static Map<Long, String> cmdlines(Path proc) {
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
