package dev.remotecommands.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.simulator.testing.BridgeProbe;
import dev.remotecommands.simulator.testing.WithBridgeProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/** Garbage on any of the car's topics is dropped and the car keeps working. */
@QuarkusTest
class GarbagePayloadTest extends WithBridgeProbe {

    private static final String VIN = "VF7DEMCAR00000012";

    @Test
    void garbage_on_every_topic_is_dropped_and_the_next_command_still_runs() {
        for (String kind : new String[] {VehicleTopics.COMMANDS, VehicleTopics.WAKEUP, VehicleTopics.PROVISIONING}) {
            bridge.publish(VehicleTopics.of(VIN, kind), "\u0000garbage{", false);
            bridge.publish(VehicleTopics.of(VIN, kind), "{\"commandId\": 42, \"remoteControl\": \"perhaps\"}", false);
        }

        CommandMessage unlock = BridgeProbe.signedCommand(VIN, CommandType.UNLOCK);
        bridge.send(unlock);

        assertThat(bridge.awaitAck(VIN, unlock.commandId()).outcome()).isEqualTo(CarOutcome.SUCCEEDED);
    }

    @Test
    void a_malformed_command_that_names_its_id_is_refused_with_an_ack() {
        UUID id = UUID.randomUUID();

        bridge.publish(VehicleTopics.of(VIN, VehicleTopics.COMMANDS),
                "{\"commandId\": \"" + id + "\", \"type\": \"SELF_DESTRUCT\"}", false);

        AckMessage ack = bridge.awaitAck(VIN, id);
        assertThat(ack.outcome()).isEqualTo(CarOutcome.REJECTED);
        assertThat(ack.reason()).isEqualTo("BAD_SIGNATURE");
    }
}
