package dev.remotecommands.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.mqtt.VehicleTopics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VinAndTopicsTest {

    @Test
    void a_well_formed_vin_is_valid() {
        assertThat(Vin.isValid("VF7DEMCAR00000001")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "VF7DEMCAR0000001", "VF7DEMCAR000000011", "VF7DEMCAR0000000I", "VF7DEMCAR0000000O",
            "VF7DEMCAR0000000Q", "vf7demcar00000001", "VF7DEMCAR 0000001"})
    void malformed_vins_are_not(String vin) {
        assertThat(Vin.isValid(vin)).isFalse();
    }

    @Test
    void car_topics_name_the_vin() {
        assertThat(VehicleTopics.of("VF7DEMCAR00000001", VehicleTopics.ACKS)).isEqualTo("vehicles/VF7DEMCAR00000001/acks");
        assertThat(VehicleTopics.vinOf("vehicles/VF7DEMCAR00000001/acks")).contains("VF7DEMCAR00000001");
        assertThat(VehicleTopics.vinOf("elsewhere/x")).isEmpty();
        assertThat(VehicleTopics.vinOf("vehicles//acks")).isEmpty();
        assertThat(VehicleTopics.sharedSubscription(VehicleTopics.ACKS)).isEqualTo("$share/vehicle-bridge/vehicles/+/acks");
    }

    @Test
    void each_topic_has_its_dead_letter_topic() {
        assertThat(Topics.deadLetter(Topics.COMMAND_ACKED)).isEqualTo("CommandAcked.DLQ");
    }
}
