package dev.remotecommands.loadtest.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A process's CPU time from {@code /proc/<pid>/stat}: utime + stime (fields 14 and 15), plus cutime + cstime (16 and
 * 17, the children it has waited for: PostgreSQL's ended backends count for the postmaster), in clock ticks.
 */
public final class ProcStat {

    /** {@code getconf CLK_TCK}: 100 on every Linux kernel built for x86 and arm64. */
    public static final long CLOCK_TICKS_PER_SECOND = 100;

    private ProcStat() {
    }

    /** The process's ticks, with its waited-for children's; empty when it is gone. */
    public static OptionalLong ticks(Path proc, long pid) {
        try {
            return OptionalLong.of(parseTicks(Files.readString(proc.resolve(pid + "/stat"))));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The parent pid (field 4). */
    public static OptionalLong parent(Path proc, long pid) {
        try {
            return OptionalLong.of(Long.parseLong(fieldsAfterName(Files.readString(proc.resolve(pid + "/stat")))[1]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    static long parseTicks(String stat) {
        String[] fields = fieldsAfterName(stat);
        // fields[0] is field 3 (state): utime is field 14, so fields[11]; stime, cutime, cstime follow
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
    }

    /** The fields after {@code (comm)}: the name may hold spaces and parentheses, so split after the last ')'. */
    private static String[] fieldsAfterName(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    }
}
