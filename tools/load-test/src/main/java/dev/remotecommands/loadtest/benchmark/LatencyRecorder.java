package dev.remotecommands.loadtest.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latencies by name (for instance {@code accept}, {@code end_to_end}, {@code end_to_end LOCK SUCCEEDED}), in
 * microseconds, each measured from the command's intended send time on the {@link Schedule}: corrected for
 * coordinated omission, since a command that left late because the sender or the platform stalled carries that delay
 * in its latency. Values up to 10 minutes, 3 significant digits.
 */
public final class LatencyRecorder {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Map<String, Histogram> histograms = new ConcurrentHashMap<>();

    /** Records {@code observedNanos - dueNanos} (both on the {@link System#nanoTime()} clock) under {@code name}. */
    public void record(String name, long dueNanos, long observedNanos) {
        recordMicros(name, TimeUnit.NANOSECONDS.toMicros(Math.max(0, observedNanos - dueNanos)));
    }

    public void recordMicros(String name, long micros) {
        histograms.computeIfAbsent(name, key -> new ConcurrentHistogram(HIGHEST_MICROS, 3))
                .recordValue(Math.min(micros, HIGHEST_MICROS));
    }

    /** The histogram of one name (an empty one if nothing was recorded under it). */
    public Histogram histogram(String name) {
        return histograms.getOrDefault(name, new Histogram(HIGHEST_MICROS, 3));
    }

    /** Percentiles in milliseconds of every name, sorted by name. */
    public Map<String, Percentiles> percentiles() {
        Map<String, Percentiles> all = new TreeMap<>();
        histograms.forEach((name, histogram) -> all.put(name, Percentiles.of(histogram)));
        return all;
    }

    /** p50, p90, p99, p99.9 and max in milliseconds, and the count; NaN when nothing was recorded. */
    public record Percentiles(long count, double p50, double p90, double p99, double p999, double max) {

        public static Percentiles of(Histogram histogram) {
            if (histogram.getTotalCount() == 0) {
                return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Percentiles(histogram.getTotalCount(), millis(histogram, 50), millis(histogram, 90),
                    millis(histogram, 99), millis(histogram, 99.9), histogram.getMaxValue() / 1000.0);
        }

        private static double millis(Histogram histogram, double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1000.0;
        }
    }
}
