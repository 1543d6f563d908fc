package dev.remotecommands.loadtest.benchmark;

import java.time.Duration;

/**
 * An open-loop schedule: the k-th command of a step is due {@code k / rate} seconds after the step's start, whether
 * or not earlier ones were answered. Every latency is measured from this intended time, not from when the command
 * actually left: a stalled sender or a slow platform then shows in the figures instead of hiding them (coordinated
 * omission).
 */
public record Schedule(double rate, Duration length) {

    public Schedule {
        if (rate <= 0 || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a schedule needs a positive rate and length, got " + rate + "/s for "
                    + length);
        }
    }

    /** How many commands the step sends. */
    public int count() {
        return (int) Math.round(rate * length.toNanos() / 1e9);
    }

    /** When command k is due, in nanoseconds after the step's start. */
    public long dueNanos(int k) {
        return Math.round(k * 1e9 / rate);
    }
}
