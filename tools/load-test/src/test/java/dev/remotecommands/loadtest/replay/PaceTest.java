package dev.remotecommands.loadtest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When each record of a replay is due. */
class PaceTest {

    @Test
    void at_a_fixed_rate_record_k_is_due_k_over_the_rate_seconds_after_the_start() {
        Pace pace = Pace.rate(1000);

        assertThat(pace.dueNanos(0, 123)).isZero();
        assertThat(pace.dueNanos(500, 0)).isEqualTo(500_000_000L);
    }

    @Test
    void at_the_recorded_pace_the_gaps_between_timestamps_are_divided_by_the_speedup() {
        Pace pace = Pace.recorded(4);

        assertThat(pace.dueNanos(0, 10_000)).isZero();
        assertThat(pace.dueNanos(1, 12_000)).isEqualTo(500_000_000L);
        assertThat(pace.dueNanos(2, 9_000)).as("an earlier timestamp (another partition) is due at once").isZero();
    }

    @Test
    void as_fast_as_possible_every_record_is_due_at_once() {
        assertThat(Pace.asFastAsPossible().dueNanos(1_000_000, 99)).isZero();
    }
}
