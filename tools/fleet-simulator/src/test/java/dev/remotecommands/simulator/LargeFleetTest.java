package dev.remotecommands.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.simulator.testing.BridgeProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fleet well beyond the ten demo cars, let through the connect gate a few at a time, starts whole: every car
 * connects, takes its provisioning and answers a signed command. (The figures for 10,000 cars come from
 * FleetScaleMeasurement, not from a test.)
 */
@QuarkusTest
@TestProfile(LargeFleetTest.TwoHundredCars.class)
class LargeFleetTest {

    static final int CARS = 200;

    /** 200 cars, at most 10 of them connecting at a time, so most wait their turn at the gate. */
    public static class TwoHundredCars implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simulator.fleet-size", Integer.toString(CARS),
                    "simulator.mqtt-connects-in-flight", "10");
        }
    }

    @Test
    void every_car_of_a_large_fleet_connects_and_answers_a_signed_command() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks[0].data.connected", is(CARS))
                .body("checks[0].data.cars", is(CARS)));
        List<String> vins = FleetVins.of("VF7DEMCAR", CARS);

        try (BridgeProbe bridge = new BridgeProbe()) {
            vins.forEach(bridge::provision);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/v1/cars").then()
                    .body("$", hasSize(CARS))
                    .body("presence", everyItem(is("ONLINE")))
                    .body("provisioned", everyItem(is(true))));
            List<CommandMessage> refreshes = vins.stream()
                    .map(vin -> BridgeProbe.signedCommand(vin, CommandType.REFRESH_STATE))
                    .toList();

            refreshes.forEach(bridge::send);

            Map<String, CarOutcome> outcomes = await().atMost(Duration.ofSeconds(30))
                    .until(() -> outcomes(bridge, refreshes), answered -> answered.size() == CARS);
            assertThat(outcomes).allSatisfy((vin, outcome) -> assertThat(outcome).isEqualTo(CarOutcome.SUCCEEDED));
        }
    }

    /** The outcome of each car's command, for the cars that answered so far. */
    private static Map<String, CarOutcome> outcomes(BridgeProbe bridge, List<CommandMessage> commands) {
        Map<String, CarOutcome> outcomes = new TreeMap<>();
        for (CommandMessage command : commands) {
            bridge.acks(command.vin(), command.commandId())
                    .forEach(ack -> outcomes.put(command.vin(), ack.outcome()));
        }
        return outcomes;
    }
}
