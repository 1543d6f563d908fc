package dev.remotecommands.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.PresenceMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.mqtt.WakeupMessage;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.simulator.testing.BridgeProbe;
import dev.remotecommands.simulator.testing.WithBridgeProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

/** A sleeping car ignores everything but a wake-up, then comes back online and takes commands again. */
@QuarkusTest
class SleepAndWakeTest extends WithBridgeProbe {

    private static final String VIN = "VF7DEMCAR00000009";

    @Test
    void an_asleep_car_ignores_commands_until_woken_up_then_executes_them() {
        Instant before = Instant.now();
        given().post("/v1/cars/{vin}/sleep", VIN).then().statusCode(200).body("presence", equalTo("ASLEEP"));
        awaitPresence(Presence.ASLEEP, before);
        CommandMessage unlock = BridgeProbe.signedCommand(VIN, CommandType.UNLOCK);

        bridge.send(unlock);

        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
                .until(() -> bridge.acks(VIN, unlock.commandId()).isEmpty());
        given().get("/v1/cars/{vin}", VIN).then().body("doors", equalTo("LOCKED"));

        Instant wakeUpSent = Instant.now();
        bridge.publish(VehicleTopics.of(VIN, VehicleTopics.WAKEUP), bridge.write(new WakeupMessage(wakeUpSent)),
                false);
        awaitPresence(Presence.ONLINE, wakeUpSent);

        bridge.send(unlock);
        assertThat(bridge.awaitAck(VIN, unlock.commandId()).outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        given().get("/v1/cars/{vin}", VIN).then()
                .body("doors", equalTo("UNLOCKED"))
                .body("executedCommands.count", is(1));
    }

    @Test
    void the_wake_up_call_of_the_rest_api_brings_the_car_online_after_its_wake_up_latency() {
        given().post("/v1/cars/{vin}/sleep", VIN).then().statusCode(200);
        Instant wakeUpSent = Instant.now();

        given().post("/v1/cars/{vin}/wake-up", VIN).then().statusCode(202);

        awaitPresence(Presence.ONLINE, wakeUpSent);
        given().get("/v1/cars/{vin}", VIN).then().body("presence", equalTo("ONLINE"));
    }

    private static void awaitPresence(Presence status, Instant since) {
        bridge.awaitMessage(VIN, VehicleTopics.PRESENCE, PresenceMessage.class,
                presence -> presence.status() == status && !presence.at().isBefore(since.minusMillis(5)));
    }
}
