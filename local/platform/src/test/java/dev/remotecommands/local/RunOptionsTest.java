package dev.remotecommands.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

class RunOptionsTest {

    @Test
    void without_options_the_whole_platform_starts_with_the_ten_demo_cars_on_fresh_data() {
        assertThat(RunOptions.parse(List.of())).isEqualTo(new RunOptions(false, true, OptionalInt.empty()));
    }

    @Test
    void cars_sets_the_simulators_fleet_next_to_the_other_options() {
        assertThat(RunOptions.parse(List.of("--keep-data", "--cars", "10000")))
                .isEqualTo(new RunOptions(true, true, OptionalInt.of(10_000)));
    }

    @Test
    void cars_without_a_number_of_cars_from_2_to_25000_is_refused() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--cars"))).hasMessageContaining("needs the number");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--cars", "many"))).hasMessageContaining("'many'");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--cars", "1"))).hasMessageContaining("cars 1 and 2");
        assertThatThrownBy(() -> RunOptions.parse(List.of("--cars", "25001"))).hasMessageContaining("25000");
    }

    @Test
    void cars_with_no_services_is_refused_since_no_simulator_starts() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--no-services", "--cars", "100")))
                .hasMessageContaining("--no-services");
    }

    @Test
    void an_unknown_option_is_refused() {
        assertThatThrownBy(() -> RunOptions.parse(List.of("--keep")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown option --keep");
    }
}
