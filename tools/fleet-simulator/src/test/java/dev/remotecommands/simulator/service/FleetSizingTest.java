package dev.remotecommands.simulator.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.simulator.CarRules;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

class FleetSizingTest {

    private static final long HEAP_384_MB = 384L << 20;
    private static final CarRules DEFAULT_MEMORY = rules(1000, 10_000);

    @Test
    void ten_thousand_cars_need_more_than_ten_thousand_file_descriptors() {
        assertThat(FleetSizing.fileDescriptorShortage(10_000, 4096))
                .hasValueSatisfying(warning -> assertThat(warning).contains("10200", "4096", "ulimit -Hn"));
        assertThat(FleetSizing.fileDescriptorShortage(10_000, 20_000)).isEmpty();
    }

    @Test
    void the_demo_fleet_fits_its_heap_even_with_full_command_memories() {
        assertThat(FleetSizing.heapShortage(20, DEFAULT_MEMORY, HEAP_384_MB)).isEmpty();
    }

    @Test
    void a_large_fleet_with_the_default_command_memories_is_told_which_settings_to_lower() {
        Optional<String> warning = FleetSizing.heapShortage(10_000, DEFAULT_MEMORY, HEAP_384_MB);

        assertThat(warning).hasValueSatisfying(text -> assertThat(text)
                .contains("simulator.remembered-commands", "simulator.execution-log-size", "-Xmx"));
        assertThat(FleetSizing.heapShortage(10_000, rules(100, 100), HEAP_384_MB)).isEmpty();
    }

    private static CarRules rules(int remembered, int logSize) {
        return new CarRules(Optional.empty(), true, Duration.ofSeconds(5), Duration.ofSeconds(2), remembered, logSize);
    }
}
