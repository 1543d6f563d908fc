package dev.remotecommands.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FleetVinsTest {

    @Test
    void the_default_fleet_is_the_ten_demo_cars() {
        assertThat(FleetVins.of("VF7DEMCAR", 10))
                .hasSize(10)
                .startsWith("VF7DEMCAR00000001", "VF7DEMCAR00000002")
                .endsWith("VF7DEMCAR00000010");
    }

    @Test
    void a_prefix_that_leaves_too_few_digits_is_refused() {
        assertThatThrownBy(() -> FleetVins.of("VF7DEMCAR0000000", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no room");
    }

    @Test
    void a_prefix_with_letters_a_vin_cannot_hold_is_refused() {
        assertThatThrownBy(() -> FleetVins.of("VF7DEMCAO", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("except I, O and Q");
    }
}
