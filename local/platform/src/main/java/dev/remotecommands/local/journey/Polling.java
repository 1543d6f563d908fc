package dev.remotecommands.local.journey;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waiting for something another process does (an SMS arriving, a car confirming), without fixed sleeps: the one
 * place the journey client waits. A plain loop rather than Awaitility, because this is the client {@code ./run.sh}
 * runs, not a test; the system tests wait with Awaitility.
 */
final class Polling {

    private static final long PAUSE_MILLIS = 100;

    private Polling() {
    }

    static <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> result = probe.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }
}
