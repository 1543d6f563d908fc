package dev.remotecommands.loadtest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void sends_rate_times_length_commands_evenly_spaced() {
        Schedule schedule = new Schedule(200, Duration.ofSeconds(60));

        assertThat(schedule.count()).isEqualTo(12_000);
        assertThat(schedule.dueNanos(0)).isZero();
        assertThat(schedule.dueNanos(1)).isEqualTo(5_000_000);
        assertThat(schedule.dueNanos(11_999)).isEqualTo(59_995_000_000L);
    }

    @Test
    void a_fractional_rate_keeps_its_exact_spacing() {
        Schedule schedule = new Schedule(3, Duration.ofSeconds(1));

        assertThat(schedule.count()).isEqualTo(3);
        assertThat(schedule.dueNanos(2)).isEqualTo(666_666_667);
    }

    @Test
    void refuses_a_rate_or_length_of_zero() {
        assertThatThrownBy(() -> new Schedule(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
