package dev.remotecommands.loadtest.replay;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.loadtest.PlatformOptions;
import dev.remotecommands.loadtest.Progress;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code load-test record}: topics to a recording file (gzip NDJSON, see {@link RecordingFile}). */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Records Kafka topics to a file (gzip NDJSON: topic, partition, offset, timestamp, key, value,"
                + " headers), from a start to an end or --follow.")
public final class RecordCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PlatformOptions platform;

    @Option(names = "--out", required = true, description = "The recording to write, e.g. run.ndjson.gz.")
    private Path out;

    @Option(names = "--topics", split = ",", description = "Topics (default: every event topic of the contracts).")
    private List<String> topics = Topics.EVENTS;

    @Option(names = "--from", description = "Start: an ISO instant (2026-12-02T19:00:00Z) or a duration ago (PT10M);"
            + " default the beginning of each topic.")
    private String from;

    @Option(names = "--to", description = "End: an ISO instant or a duration ago; default the topics' ends when"
            + " recording starts.")
    private String to;

    @Option(names = "--follow", description = "Keep recording new records until Ctrl-C.")
    private boolean follow;

    @Option(names = "--vin", split = ",", description = "Only records whose key or ce_subject is one of these VINs.")
    private Set<String> vins = Set.of();

    /** Set by Ctrl-C (the shutdown hook): stop reading; the hook then waits until the file is closed whole. */
    private volatile boolean stopping;

    @Override
    public Integer call() throws Exception {
        TopicRecorder recorder = new TopicRecorder(platform.kafka());
        Instant start = instant(from);
        TopicRecorder.Bounds bounds = new TopicRecorder.Bounds(start, instant(to), follow);
        long expected = follow || to != null || !vins.isEmpty() ? 0 : recorder.countInRange(topics, start);
        Throughput throughput = new Throughput("record", expected);
        CountDownLatch finished = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> stopAndAwait(finished), "record-stop");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            try (RecordingFile.Writer writer = new RecordingFile.Writer(out);
                 Progress progress = Progress.every(Duration.ofSeconds(2), throughput::progressLine)) {
                recorder.record(topics, bounds, vins, writer, throughput, () -> stopping);
            }
            // Before the latch: after Ctrl-C the JVM exits as soon as the hook returns.
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(throughput.summary());
            stdout.println("Recording: " + out.toAbsolutePath());
            stdout.flush();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdown);
            } catch (IllegalStateException exiting) {
                // the JVM is shutting down: the hook has run
            }
        }
        return 0;
    }

    private void stopAndAwait(CountDownLatch finished) {
        stopping = true;
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        return text.startsWith("P") || text.startsWith("p") ? Instant.now().minus(Duration.parse(text))
                : Instant.parse(text);
    }
}
