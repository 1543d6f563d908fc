package dev.remotecommands.simulator.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JVM's memory right after a full GC ({@code jcmd <pid> GC.run}): the heap in use ({@code GC.heap_info}), its
 * resident set (VmRSS of /proc/&lt;pid&gt;/status) and its open file descriptors. Linux only.
 *
 * @param heapUsed        bytes of heap in use after the GC, all generations
 * @param rss             bytes resident
 * @param fileDescriptors open file descriptors (sockets included)
 */
record JvmMemory(long heapUsed, long rss, long fileDescriptors) {

    /** A heap line of GC.heap_info, e.g. {@code tenured generation   total 258048K, used 99524K}. */
    private static final Pattern HEAP_LINE = Pattern.compile("total \\d+K, used (\\d+)K");
    private static final Pattern RSS_LINE = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB");

    static JvmMemory afterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher heap = HEAP_LINE.matcher(jcmd(pid, "GC.heap_info"));
        long heapUsed = 0;
        while (heap.find()) {
            heapUsed += Long.parseLong(heap.group(1)) << 10;
        }
        Matcher rss = RSS_LINE.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        if (!rss.find()) {
            throw new IllegalStateException("no VmRSS for process " + pid);
        }
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return new JvmMemory(heapUsed, Long.parseLong(rss.group(1)) << 10, fds.count());
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }
}
