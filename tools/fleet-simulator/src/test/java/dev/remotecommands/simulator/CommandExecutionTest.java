package dev.remotecommands.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.PresenceMessage;
import dev.remotecommands.contracts.mqtt.StateMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CarState;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.simulator.testing.BridgeProbe;
import dev.remotecommands.simulator.testing.WithBridgeProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Signed commands the car must carry out, as the bridge sends them over MQTT. */
@QuarkusTest
class CommandExecutionTest extends WithBridgeProbe {

    @Test
    void a_connected_car_announces_itself_online_with_its_state_retained() {
        String vin = "VF7DEMCAR00000001";

        assertThat(bridge.retained(vin, VehicleTopics.PRESENCE, PresenceMessage.class).status())
                .isEqualTo(Presence.ONLINE);
        StateMessage state = bridge.retained(vin, VehicleTopics.STATE, StateMessage.class);
        assertThat(state.ignition()).isEqualTo(IgnitionState.OFF);
        assertThat(state.privacyMode()).isEqualTo(PrivacyMode.SHARING);
    }

    @Test
    void a_valid_unlock_is_executed_acked_with_the_new_state_and_the_state_is_retained() {
        String vin = "VF7DEMCAR00000002";
        CommandMessage unlock = BridgeProbe.signedCommand(vin, CommandType.UNLOCK);

        bridge.send(unlock);

        AckMessage ack = bridge.awaitAck(vin, unlock.commandId());
        assertThat(ack.outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        assertThat(ack.reason()).isNull();
        assertThat(ack.state()).isEqualTo(new CarState(DoorState.UNLOCKED, IgnitionState.OFF, PrivacyMode.SHARING));
        assertThat(ack.at()).isNotNull();
        assertThat(bridge.retained(vin, VehicleTopics.STATE, StateMessage.class).doors())
                .isEqualTo(DoorState.UNLOCKED);
        given().get("/v1/cars/{vin}", vin).then()
                .statusCode(200)
                .body("doors", equalTo("UNLOCKED"))
                .body("executedCommands.count", is(1))
                .body("executedCommands.recent[0].commandId", equalTo(unlock.commandId().toString()))
                .body("executedCommands.recent[0].type", equalTo("UNLOCK"))
                .body("executedCommands.recent[0].expiresAt", equalTo(unlock.expiresAt().toString()));
    }

    @Test
    void lock_on_a_locked_car_answers_already_done() {
        String vin = "VF7DEMCAR00000003";
        CommandMessage lock = BridgeProbe.signedCommand(vin, CommandType.LOCK);

        bridge.send(lock);

        AckMessage ack = bridge.awaitAck(vin, lock.commandId());
        assertThat(ack.outcome()).isEqualTo(CarOutcome.ALREADY_DONE);
        assertThat(ack.state().doors()).isEqualTo(DoorState.LOCKED);
    }

    @Test
    void a_replayed_command_id_is_not_run_again_and_gets_the_same_ack() {
        String vin = "VF7DEMCAR00000004";
        CommandMessage unlock = BridgeProbe.signedCommand(vin, CommandType.UNLOCK);
        bridge.send(unlock);
        AckMessage first = bridge.awaitAck(vin, unlock.commandId());
        CommandMessage lock = BridgeProbe.signedCommand(vin, CommandType.LOCK);
        bridge.send(lock);
        bridge.awaitAck(vin, lock.commandId());

        bridge.send(unlock);

        List<AckMessage> acks = bridge.awaitAcks(vin, unlock.commandId(), 2);
        assertThat(acks).containsExactly(first, first);
        given().get("/v1/cars/{vin}", vin).then()
                .statusCode(200)
                .body("doors", equalTo("LOCKED"))
                .body("executedCommands.count", is(2));
        // the execution log shows each command once, oldest first, with the deadline it carried
        given().get("/v1/cars/{vin}/executions", vin).then()
                .statusCode(200)
                .body("vin", equalTo(vin))
                .body("count", is(2))
                .body("executions.commandId", contains(unlock.commandId().toString(), lock.commandId().toString()))
                .body("executions.type", contains("UNLOCK", "LOCK"))
                .body("executions[0].executedAt", notNullValue())
                .body("executions[0].expiresAt", equalTo(unlock.expiresAt().toString()));
    }

    @Test
    void lights_flash_and_the_horn_sounds() {
        String vin = "VF7DEMCAR00000005";
        CommandMessage lights = BridgeProbe.signedCommand(vin, CommandType.LIGHTS);
        CommandMessage horn = BridgeProbe.signedCommand(vin, CommandType.HORN);

        bridge.send(lights);
        bridge.send(horn);

        assertThat(bridge.awaitAck(vin, lights.commandId()).outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        assertThat(bridge.awaitAck(vin, horn.commandId()).outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        given().get("/v1/cars/{vin}", vin).then()
                .statusCode(200)
                .body("lights", is(true))
                .body("horn", is(true))
                .body("executedCommands.count", is(2));
    }

    @Test
    void refresh_state_succeeds_and_publishes_the_state_again() {
        String vin = "VF7DEMCAR00000011";
        CommandMessage refresh = BridgeProbe.signedCommand(vin, CommandType.REFRESH_STATE);

        bridge.send(refresh);

        assertThat(bridge.awaitAck(vin, refresh.commandId()).outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        StateMessage state = bridge.awaitMessage(vin, VehicleTopics.STATE, StateMessage.class,
                published -> !published.at().isBefore(refresh.issuedAt()));
        assertThat(state.doors()).isEqualTo(DoorState.LOCKED);
    }
}
