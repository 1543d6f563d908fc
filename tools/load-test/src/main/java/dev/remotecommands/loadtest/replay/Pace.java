package dev.remotecommands.loadtest.replay;

import java.util.concurrent.locks.LockSupport;

/** When each record of a replay is due: at the recorded pace (sped up), at a fixed rate, or at once. */
public interface Pace {

    /** Nanoseconds after the replay's start that the {@code index}-th record (timestamp {@code timestamp}) is due. */
    long dueNanos(long index, long timestamp);

    static Pace asFastAsPossible() {
        return (index, timestamp) -> 0;
    }

    static Pace rate(double perSecond) {
        return (index, timestamp) -> (long) (index * 1e9 / perSecond);
    }

    /** The recorded gaps between timestamps divided by {@code speedup}, counted from the first record. */
    static Pace recorded(double speedup) {
        long[] first = {Long.MIN_VALUE};
        return (index, timestamp) -> {
            if (first[0] == Long.MIN_VALUE) {
                first[0] = timestamp;
            }
            return (long) (Math.max(0, timestamp - first[0]) * 1e6 / speedup);
        };
    }

    /** Waits until that moment (a record late already goes at once). */
    static void awaitDue(long startNanos, long dueNanos) {
        long wait;
        while ((wait = startNanos + dueNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
