package dev.remotecommands.outbox.relay;

import io.smallrye.mutiny.Uni;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a task at most once at a time and coalesces wake-ups: a request that arrives while the task runs
 * makes it run once more afterwards, however many requests arrived. The task answers whether it should
 * run again at once (e.g. it found a full batch).
 */
final class SingleFlight {

    private final Supplier<Uni<Boolean>> task;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean stopped;

    SingleFlight(Supplier<Uni<Boolean>> task) {
        this.task = task;
    }

    /** Asks for a run; cheap, non-blocking, callable from any thread. */
    void request() {
        requested.set(true);
        tryStart();
    }

    /** No run starts after this; a running one finishes. */
    void stop() {
        stopped = true;
    }

    boolean isRunning() {
        return running.get();
    }

    private void tryStart() {
        // Whoever wins the flag runs; a request that loses it is picked up by finish() of the winner.
        if (!stopped && requested.get() && running.compareAndSet(false, true)) {
            requested.set(false);
            Uni<Boolean> run;
            try {
                run = task.get();
            } catch (RuntimeException e) {
                run = Uni.createFrom().failure(e);
            }
            run.subscribe().with(this::finish, failure -> finish(false));
        }
    }

    private void finish(Boolean runAgain) {
        if (Boolean.TRUE.equals(runAgain)) {
            requested.set(true);
        }
        running.set(false);
        tryStart();
    }
}
