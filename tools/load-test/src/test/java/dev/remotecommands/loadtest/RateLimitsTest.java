package dev.remotecommands.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void lock_and_unlock_bind_first_a_60_second_step_uses_a_whole_10_minute_window() {
        // 100/s for 60 s over five types: 1,200 LOCKs, at most 10 per car per 10 minutes
        assertThat(RateLimits.carsNeeded(100, RateLimits.TYPES, MINUTE)).containsEntry("LOCK", 120L)
                .containsEntry("UNLOCK", 120L).containsEntry("HORN", 400L).containsEntry("LIGHTS", 400L)
                .containsEntry("REFRESH_STATE", 120L);
    }

    @Test
    void horn_binds_at_three_a_minute() {
        assertThat(RateLimits.fleetNeeded(1000, RateLimits.TYPES, MINUTE)).isEqualTo(4000);
    }

    @Test
    void a_run_longer_than_the_window_gets_a_fresh_budget_per_window() {
        RateLimits.Limit horn = RateLimits.COMMAND_SERVICE.get("HORN");
        // 10 minutes of 1 HORN/s: 600 commands, 3 per car per minute, 30 per car over the run
        assertThat(RateLimits.carsNeeded(horn, 600, Duration.ofMinutes(10))).isEqualTo(20);
    }
}
