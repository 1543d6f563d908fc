package dev.remotecommands.outbox.relay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The sends of one relay pass. The rows of one key go one after the other: the next is sent only once Kafka
 * acknowledged the previous, and a failure stops that key for this pass. Kafka alone does not guarantee
 * that: when a producer batch expires (e.g. a partition without leader), a later batch of the same
 * partition can still be written. Different keys are sent in parallel.
 */
final class OrderedSends {

    private final Function<OutboxRow, CompletableFuture<Void>> send;
    private final List<Publication> started = new ArrayList<>();
    private final CompletableFuture<Void> done;
    private boolean open = true;

    private OrderedSends(List<OutboxRow> rows, Function<OutboxRow, CompletableFuture<Void>> send) {
        this.send = send;
        Map<String, List<OutboxRow>> rowsByKey = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            rowsByKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row);
        }
        List<CompletableFuture<Void>> chains = new ArrayList<>(rowsByKey.size());
        for (List<OutboxRow> rowsOfKey : rowsByKey.values()) {
            chains.add(chain(rowsOfKey));
        }
        done = CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).handle((ok, failure) -> null);
    }

    /** Starts sending {@code rows} (in id order) through {@code send}. */
    static OrderedSends start(List<OutboxRow> rows, Function<OutboxRow, CompletableFuture<Void>> send) {
        return new OrderedSends(rows, send);
    }

    /** Completes, never exceptionally, once every key's rows were all acknowledged or one of them failed. */
    CompletableFuture<Void> done() {
        return done;
    }

    /** Starts no further send and answers the sends started so far, in the order they started. */
    synchronized List<Publication> close() {
        open = false;
        return List.copyOf(started);
    }

    private CompletableFuture<Void> chain(List<OutboxRow> rowsOfKey) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (OutboxRow row : rowsOfKey) {
            // thenCompose skips the rest of the chain once a send failed
            chain = chain.thenCompose(previousAcknowledged -> sendIfOpen(row));
        }
        return chain;
    }

    private synchronized CompletableFuture<Void> sendIfOpen(OutboxRow row) {
        if (!open) {
            return CompletableFuture.failedFuture(new CancellationException("relay pass ended"));
        }
        CompletableFuture<Void> outcome;
        try {
            outcome = send.apply(row);
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        started.add(new Publication(row.id(), outcome));
        return outcome;
    }
}
