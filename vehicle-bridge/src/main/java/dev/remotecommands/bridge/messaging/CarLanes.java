package dev.remotecommands.bridge.messaging;

import io.smallrye.mutiny.Uni;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Handles the cars' messages side by side while keeping each car's in the order they arrived: every car is given
 * one of a fixed number of lanes (by its VIN), and a lane runs its work one piece after the other. So at most
 * {@code lanes} messages are handled at the same time, and an ack can never overtake the state report the car sent
 * before it.
 */
final class CarLanes {

    private final CompletableFuture<?>[] tails;

    CarLanes(int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("at least one lane is needed, got " + lanes);
        }
        tails = new CompletableFuture<?>[lanes];
        for (int i = 0; i < lanes; i++) {
            tails[i] = CompletableFuture.completedFuture(null);
        }
    }

    /**
     * Queues {@code work} on the car's lane; it starts once the lane's earlier work has finished, whether that
     * succeeded or failed. The returned stage completes when {@code work} has.
     */
    CompletableFuture<Void> submit(String vin, Supplier<Uni<Void>> work) {
        int lane = Math.floorMod(vin.hashCode(), tails.length);
        synchronized (tails) {
            CompletableFuture<Void> next = tails[lane]
                    .handle((ignoredResult, ignoredFailure) -> null)
                    .thenCompose(ignored -> work.get().subscribeAsCompletionStage());
            tails[lane] = next;
            return next;
        }
    }
}
