package dev.remotecommands.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.simulator.testing.BridgeProbe;
import dev.remotecommands.simulator.testing.WithBridgeProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/** The cars ride out a broker restart: they notice, reconnect and take commands again. */
@QuarkusTest
class BrokerRestartTest {

    private static final String VIN = "VF7DEMCAR00000001";

    @Test
    void cars_reconnect_after_the_broker_restarts_and_take_commands_again() {
        try (BridgeProbe bridge = new BridgeProbe()) {
            WithBridgeProbe.provision(bridge);
        }
        Infrastructure.Mqtt broker = Infrastructure.current().mqtt();
        try {
            broker.stop();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/v1/cars/{vin}", VIN).then().body("presence", equalTo("OFFLINE")));
        } finally {
            if (!broker.isRunning()) {
                broker.start();
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200));

        try (BridgeProbe bridge = new BridgeProbe()) {
            CommandMessage unlock = BridgeProbe.signedCommand(VIN, CommandType.UNLOCK);
            bridge.send(unlock);
            // The retained provisioning outlived the restart: the car still takes commands.
            assertThat(bridge.awaitAck(VIN, unlock.commandId()).outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        }
    }
}
