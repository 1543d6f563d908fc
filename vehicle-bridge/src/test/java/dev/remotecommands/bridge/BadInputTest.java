package dev.remotecommands.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.bridge.testing.BridgeTestBase;
import dev.remotecommands.bridge.testing.Commands;
import dev.remotecommands.bridge.testing.TestCar;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.Presence;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

@QuarkusTest
class BadInputTest extends BridgeTestBase {

    @Test
    void garbageFromCarsIsDroppedAndTheNextGoodAckIsStillHandled() {
        String vin = newVin();
        TestCar car = car(vin);
        CommandRequested command = Commands.command(vin);
        request(command);
        await().until(() -> car.commands().size() == 1);

        car.publish(VehicleTopics.ACKS, "this is not json");
        car.publish(VehicleTopics.ACKS, "{\"commandId\":\"%s\",\"outcome\":\"EXPLODED\"}"
                .formatted(command.commandId()));
        car.publish(VehicleTopics.ACKS, "{\"outcome\":\"SUCCEEDED\"}");
        car.publishRaw("vehicles/not-a-vin/acks", "{\"commandId\":\"%s\",\"outcome\":\"SUCCEEDED\"}"
                .formatted(command.commandId()));
        car.publish(VehicleTopics.PRESENCE, "{\"status\":\"NAPPING\"}");
        car.publish(VehicleTopics.STATE, "[1,2,3]");
        car.publish(VehicleTopics.ACKS, "{\"commandId\":\"%s\",\"outcome\":\"FAILED\",\"reason\":\"NOT_PROVISIONED\"}"
                .formatted(UUID.randomUUID()));
        car.ack(command.commandId(), CarOutcome.SUCCEEDED, null, "LOCKED");

        awaitStatus(vin, command.commandId(), CommandStatus.SUCCEEDED);
        assertThat(statuses(vin, command.commandId()))
                .containsExactly(CommandStatus.SENT_TO_VEHICLE, CommandStatus.SUCCEEDED);
        car.presence(Presence.ASLEEP);
        await().until(() -> stateReports(vin).stream().anyMatch(report -> report.presence() == Presence.ASLEEP));
        assertThat(stateReports(vin)).as("garbage state and presence were not reported").hasSize(1);
    }

    @Test
    void anUnreadableCommandRequestedGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String vin = newVin();
        TestCar car = car(vin);

        produce(vin, "{\"commandId\": oops");
        produce(vin, "{\"commandId\":\"%s\",\"vin\":\"%s\",\"type\":\"SELF_DESTRUCT\"}"
                .formatted(UUID.randomUUID(), vin));
        CommandRequested good = Commands.command(vin);
        request(good);

        await().until(() -> deadLetters(vin).size() == 2);
        assertThat(deadLetters(vin).get(0)).isEqualTo("{\"commandId\": oops");
        await().until(() -> car.commands().size() == 1);
        awaitStatus(vin, good.commandId(), CommandStatus.SENT_TO_VEHICLE);
    }
}
