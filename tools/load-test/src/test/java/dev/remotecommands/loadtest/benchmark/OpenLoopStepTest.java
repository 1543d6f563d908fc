package dev.remotecommands.loadtest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class OpenLoopStepTest {

    /** Answers in turn 202, 409, 429, no answer; every accepted command ends SUCCEEDED, except every fourth one. */
    private static final class ScriptedTarget implements Target {
        private final AtomicInteger posts = new AtomicInteger();

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public CompletableFuture<Posted> post(int car, String type) {
            int k = posts.getAndIncrement();
            String status = List.of("202", "202", "409", "429", "timeout").get(k % 5);
            return CompletableFuture.completedFuture(new Posted(status, "id-" + k, car));
        }

        @Override
        public CompletableFuture<String> terminal(Posted accepted) {
            int k = Integer.parseInt(accepted.id().substring(3));
            return CompletableFuture.completedFuture(k % 10 == 0 ? "timeout" : "SUCCEEDED");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void counts_refusals_by_status_and_terminal_outcomes_and_records_only_what_ended() throws InterruptedException {
        OpenLoopStep.Result step = new OpenLoopStep(Duration.ofSeconds(5)).run(new ScriptedTarget(),
                new Schedule(100, Duration.ofSeconds(1)), new CarPicker(4, List.of("LOCK", "HORN")), sent -> { });

        assertThat(step.posted()).isEqualTo(100);
        assertThat(step.refused()).isEqualTo(Map.of("409", 20L, "429", 20L, "timeout", 20L));
        assertThat(step.accepted()).hasSize(40);
        assertThat(step.outcomes()).isEqualTo(Map.of("SUCCEEDED", 30L, "timeout", 10L));
        assertThat(step.latency().histogram("accept").getTotalCount()).isEqualTo(40);
        assertThat(step.latency().histogram("end_to_end").getTotalCount()).isEqualTo(30);
        assertThat(step.carriedRate()).isBetween(25.0, 30.0);
    }
}
