package dev.remotecommands.bridge.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

class CarLanesTest {

    @Test
    void oneCarsMessagesAreHandledOneAfterTheOtherInArrivalOrder() throws Exception {
        CarLanes lanes = new CarLanes(4);
        List<Integer> handled = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int message = i;
            // Later messages finish faster: only the lane keeps them in order.
            all.add(lanes.submit("VF7DEMCAR00000001", () -> Uni.createFrom().voidItem()
                    .invoke(() -> {
                        if (running.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                    })
                    .onItem().delayIt().by(Duration.ofMillis(20 - message))
                    .invoke(() -> {
                        handled.add(message);
                        running.decrementAndGet();
                    })));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        assertThat(handled).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
        assertThat(overlaps).hasValue(0);
    }

    @Test
    void differentCarsAreHandledAtTheSameTime() throws Exception {
        CarLanes lanes = new CarLanes(16);
        CompletableFuture<Void> release = new CompletableFuture<>();
        AtomicInteger started = new AtomicInteger();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        List<String> vins = List.of("VF7DEMCAR00000001", "VF7DEMCAR00000002", "VF7DEMCAR00000003");
        for (String vin : vins) {
            all.add(lanes.submit(vin, () -> Uni.createFrom().voidItem()
                    .invoke(started::incrementAndGet)
                    .chain(() -> Uni.createFrom().completionStage(release))));
        }
        // All three cars' first messages are under way although none has finished; only hash collisions would
        // serialise two of them, which these VINs do not have with 16 lanes.
        assertThat(started).hasValue(3);
        release.complete(null);
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aFailedMessageDoesNotStopTheLane() throws Exception {
        CarLanes lanes = new CarLanes(1);
        CompletableFuture<Void> failed = lanes.submit("VF7DEMCAR00000001",
                () -> Uni.createFrom().failure(new IllegalStateException("boom")));
        CompletableFuture<Void> thrown = lanes.submit("VF7DEMCAR00000001", () -> {
            throw new IllegalStateException("thrown before a Uni exists");
        });
        AtomicInteger after = new AtomicInteger();
        lanes.submit("VF7DEMCAR00000001", () -> Uni.createFrom().voidItem().invoke(after::incrementAndGet))
                .get(10, TimeUnit.SECONDS);

        assertThat(failed).isCompletedExceptionally();
        assertThat(thrown).isCompletedExceptionally();
        assertThat(after).hasValue(1);
    }
}
