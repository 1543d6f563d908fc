package dev.remotecommands.loadtest.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcStatTest {

    /** A real line's shape, with a process name that holds a space and a parenthesis. */
    private static final String STAT = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 2534 0 0 0 "
            + "1500 250 30 20 20 0 42 0 123456 7340032000 60000 18446744073709551615";

    @Test
    void cpu_ticks_are_user_and_system_time_with_the_waited_for_children() {
        assertThat(ProcStat.parseTicks(STAT)).isEqualTo(1500 + 250 + 30 + 20);
    }

    @Test
    void reads_a_process_and_its_parent_from_a_proc_folder(@TempDir Path proc) throws IOException {
        Files.createDirectories(proc.resolve("4242"));
        Files.writeString(proc.resolve("4242/stat"), STAT);

        assertThat(ProcStat.ticks(proc, 4242)).hasValue(1800);
        assertThat(ProcStat.parent(proc, 4242)).hasValue(1);
        assertThat(ProcStat.ticks(proc, 999)).isEmpty();
    }

    @Test
    void this_jvm_uses_cpu_that_the_real_proc_shows() {
        long pid = ProcessHandle.current().pid();
        assertThat(ProcStat.ticks(Path.of("/proc"), pid)).isPresent();
    }
}
