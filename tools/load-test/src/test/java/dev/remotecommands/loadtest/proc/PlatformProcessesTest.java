package dev.remotecommands.loadtest.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformProcessesTest {

    @Test
    void finds_the_platform_processes_by_their_command_lines() {
        assertThat(PlatformProcesses.classify("java -Dquarkus.profile=local -jar "
                + "/work/repo/tools/fleet-simulator/target/quarkus-app/quarkus-run.jar")).isEqualTo("fleet-simulator");
        assertThat(PlatformProcesses.classify("java -jar /repo/command-service/target/quarkus-app/quarkus-run.jar"))
                .isEqualTo("command-service");
        assertThat(PlatformProcesses.classify("java -cp lib/* dev.remotecommands.infrastructure.kafka.KafkaServerMain"))
                .isEqualTo("kafka");
        assertThat(PlatformProcesses.classify("/tmp/embedded-pg/PG-abc/bin/postgres -D /data/pg -p 15432"))
                .isEqualTo("postgresql");
        assertThat(PlatformProcesses.classify("postgres: command command 127.0.0.1(5555) idle")).isNull();
        assertThat(PlatformProcesses.classify("bash")).isNull();
    }

    @Test
    void measures_the_checkouts_processes_with_the_postmasters_children_and_leaves_other_checkouts_out(
            @TempDir Path proc) throws IOException {
        process(proc, 101, 1, "java -jar /repo/command-service/target/quarkus-app/quarkus-run.jar", 100);
        process(proc, 102, 1, "/tmp/embedded-pg/bin/postgres -D /repo/.local/data/postgres -p 15432", 50);
        process(proc, 103, 102, "postgres: command command 127.0.0.1(4711) idle", 20);
        process(proc, 104, 1, "java -cp /other/lib/* dev.remotecommands.infrastructure.kafka.KafkaServerMain", 999);
        PlatformProcesses processes = PlatformProcesses.find(proc, Path.of("/repo"));

        Map<String, List<Long>> pids = processes.pids();

        assertThat(pids).containsEntry("command-service", List.of(101L)).containsKey("load-test")
                .doesNotContainKey("kafka");
        assertThat(pids.get("postgresql")).containsExactlyInAnyOrder(102L, 103L);
    }

    @Test
    void cpu_used_counts_a_process_started_in_between_whole_and_leaves_one_that_ended_out(@TempDir Path proc)
            throws IOException {
        process(proc, 101, 1, "java -jar /repo/command-service/target/quarkus-app/quarkus-run.jar", 100);
        process(proc, 102, 1, "/tmp/embedded-pg/bin/postgres -D /repo/.local/data/postgres -p 15432", 50);
        process(proc, 103, 102, "postgres: command command 127.0.0.1(4711) idle", 20);
        PlatformProcesses processes = PlatformProcesses.find(proc, Path.of("/repo"));
        PlatformProcesses.Snapshot before = processes.snapshot();

        process(proc, 101, 1, "java -jar /repo/command-service/target/quarkus-app/quarkus-run.jar", 350);
        delete(proc, 103);
        process(proc, 105, 102, "postgres: command command 127.0.0.1(4712) idle", 30);
        Map<String, Double> used = PlatformProcesses.cpuSeconds(before, processes.snapshot());

        assertThat(used).containsEntry("command-service", 2.5).containsEntry("postgresql", 0.3);
    }

    /** A fake /proc entry: cmdline, and a stat line with this parent and these ticks as utime. */
    private static void process(Path proc, long pid, long parent, String cmdline, long ticks) throws IOException {
        Path folder = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.write(folder.resolve("cmdline"), cmdline.replace(' ', '\0').getBytes(StandardCharsets.UTF_8));
        Files.writeString(folder.resolve("stat"), pid + " (x) S " + parent + " 0 0 0 -1 0 0 0 0 0 " + ticks
                + " 0 0 0 20 0 1 0 0 0 0");
    }

    private static void delete(Path proc, long pid) throws IOException {
        Path folder = proc.resolve(Long.toString(pid));
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
