package dev.remotecommands.loadtest.replay;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Records done per topic, errors, and the rate since the start: the progress line and the summary of a job. */
public final class Throughput {

    private final String verb;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final LongAdder errors = new LongAdder();
    private final Map<String, LongAdder> perTopic = new ConcurrentHashMap<>();
    private volatile String lastError;

    /** {@code total} is the number of records expected, or 0 when unknown (a recording that follows the topics). */
    public Throughput(String verb, long total) {
        this.verb = verb;
        this.total = total;
    }

    public void done(String topic) {
        done.incrementAndGet();
        perTopic.computeIfAbsent(topic, name -> new LongAdder()).increment();
    }

    public void failed(Exception error) {
        errors.increment();
        lastError = String.valueOf(error);
    }

    public long done() {
        return done.get();
    }

    public long errors() {
        return errors.sum();
    }

    public double seconds() {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }

    public double rate() {
        return done.get() / seconds();
    }

    /** {@code [replay] 120,000 / 500,000 records (24.0 %), 52,300 records/s, ETA 7 s, errors 0}. */
    public String progressLine() {
        long now = done.get();
        StringBuilder line = new StringBuilder(String.format("[%s] %,d", verb, now));
        if (total > 0) {
            double rate = rate();
            line.append(String.format(" / %,d records (%.1f %%), %,.0f records/s, ETA %s", total, 100.0 * now / total,
                    rate, rate > 0 ? Math.round((total - now) / rate) + " s" : "?"));
        } else {
            line.append(String.format(" records, %,.0f records/s", rate()));
        }
        return line.append(", errors ").append(errors()).toString();
    }

    /** The summary: records per topic, the rate reached, the errors (and the last one). */
    public String summary() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(perTopic).forEach((topic, count) ->
                text.append(String.format("  %-24s %,12d%n", topic, count.sum())));
        text.append(String.format("%s: %,d records in %.1f s = %,.0f records/s, errors %d%s", verb.toUpperCase(),
                done.get(), seconds(), rate(), errors(), lastError == null ? "" : " (last: " + lastError + ")"));
        return text.toString();
    }
}
