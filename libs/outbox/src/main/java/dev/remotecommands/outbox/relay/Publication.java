package dev.remotecommands.outbox.relay;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A row handed to Kafka and the outcome of its send, which may settle after the relay stopped waiting. */
record Publication(long rowId, CompletableFuture<Void> outcome) {

    boolean acknowledged() {
        return outcome.isDone() && !outcome.isCompletedExceptionally();
    }

    boolean settled() {
        return outcome.isDone();
    }

    /** Why the send failed, or null if it did not (yet). */
    Throwable failure() {
        if (!outcome.isCompletedExceptionally()) {
            return null;
        }
        try {
            outcome.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
