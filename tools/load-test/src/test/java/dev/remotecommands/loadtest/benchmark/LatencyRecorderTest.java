package dev.remotecommands.loadtest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    /**
     * A sender that stalls for one second during a 100/s step: the hundred commands due during the stall leave late
     * and are answered in 1 ms each once they do. Measured from when they left, the stall would vanish; measured from
     * when they were due, as here, it shows at the high percentiles.
     */
    @Test
    void latency_from_the_intended_time_keeps_a_stall_of_the_sender_in_the_figures() {
        LatencyRecorder recorder = new LatencyRecorder();
        Schedule schedule = new Schedule(100, java.time.Duration.ofSeconds(10));
        long stallEnds = 2_000 * MS;
        for (int k = 0; k < schedule.count(); k++) {
            long due = schedule.dueNanos(k);
            long sent = due >= 1_000 * MS && due < stallEnds ? stallEnds : due;
            recorder.record("end_to_end", due, sent + MS);
        }

        LatencyRecorder.Percentiles figures = LatencyRecorder.Percentiles.of(recorder.histogram("end_to_end"));
        assertThat(figures.count()).isEqualTo(1000);
        assertThat(figures.p50()).isCloseTo(1.0, within(0.01));
        assertThat(figures.p99()).isGreaterThan(500);
        assertThat(figures.max()).isCloseTo(1001.0, within(1.0));
    }

    @Test
    void keeps_one_histogram_per_name() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record("accept", 0, 5 * MS);
        recorder.record("end_to_end LOCK SUCCEEDED", 0, 80 * MS);

        assertThat(recorder.percentiles()).containsOnlyKeys("accept", "end_to_end LOCK SUCCEEDED");
        assertThat(recorder.percentiles().get("accept").p50()).isCloseTo(5.0, within(0.01));
        assertThat(recorder.histogram("never recorded").getTotalCount()).isZero();
    }
}
