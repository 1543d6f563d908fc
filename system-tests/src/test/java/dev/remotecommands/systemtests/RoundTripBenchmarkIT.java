package dev.remotecommands.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.Platform;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * Prints the round-trip times of LOCK/UNLOCK commands on an awake car, as the BFF sees them: from the POST to
 * the terminal status. Two figures: the server's own (createdAt → updatedAt of the terminal state) and the
 * client's (POST sent → terminal status read, polling every 5 ms). It asserts only that every command
 * succeeded: speed is reported, not tested.
 */
class RoundTripBenchmarkIT {

    private static final String VIN = "VF7DEMCAR00000006";
    private static final int WARM_UP = 10;
    private static final int MEASURED = Integer.getInteger("benchmark.commands", 100);

    @Test
    void lock_unlock_round_trips() {
        Platform platform = Platform.get();
        Bff driver = platform.certified(Driver.DEMO, VIN);

        Histogram server = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        Histogram client = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            String type = i % 2 == 0 ? "UNLOCK" : "LOCK";
            long sent = System.nanoTime();
            String id = driver.accepted(VIN, type);
            JsonPath done = await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> driver.command(id), command -> "SUCCEEDED".equals(command.getString("status")));
            long seen = System.nanoTime();
            if (i >= WARM_UP) {
                client.recordValue(TimeUnit.NANOSECONDS.toMicros(seen - sent));
                server.recordValue(Duration.between(Instant.parse(done.getString("createdAt")),
                        Instant.parse(done.getString("updatedAt"))).toNanos() / 1000);
            }
        }

        print("server: accepted → SUCCEEDED recorded", server);
        print("client: POST sent → SUCCEEDED read", client);
        assertThat(server.getTotalCount()).isEqualTo(MEASURED);
    }

    private static void print(String what, Histogram histogram) {
        System.out.printf("ROUND TRIP %-40s n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n", what,
                histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(90) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getMaxValue() / 1000.0);
    }
}
