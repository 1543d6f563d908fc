package dev.remotecommands.loadtest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CarPickerTest {

    private static final List<String> TYPES = List.of("LOCK", "UNLOCK", "LIGHTS", "HORN", "REFRESH_STATE");

    @Test
    void the_same_car_and_type_come_back_only_after_cars_times_types_commands() {
        CarPicker picker = new CarPicker(7, TYPES);
        Map<CarPicker.Pick, Integer> lastSeen = new HashMap<>();
        int shortestGap = Integer.MAX_VALUE;
        for (int k = 0; k < 7 * 5 * 4; k++) {
            CarPicker.Pick pick = picker.next();
            Integer previous = lastSeen.put(pick, k);
            if (previous != null) {
                shortestGap = Math.min(shortestGap, k - previous);
            }
        }
        assertThat(shortestGap).isEqualTo(35);
    }

    @Test
    void every_car_gets_every_type_equally() {
        CarPicker picker = new CarPicker(3, TYPES);
        Map<CarPicker.Pick, Integer> counts = new HashMap<>();
        for (int k = 0; k < 3 * 5 * 2; k++) {
            counts.merge(picker.next(), 1, Integer::sum);
        }
        assertThat(counts).hasSize(15).allSatisfy((pick, count) -> assertThat(count).isEqualTo(2));
    }

    @Test
    void reuse_interval_is_cars_times_types_over_rate() {
        assertThat(new CarPicker(1000, TYPES).reuseSeconds(1000)).isEqualTo(5.0);
    }
}
