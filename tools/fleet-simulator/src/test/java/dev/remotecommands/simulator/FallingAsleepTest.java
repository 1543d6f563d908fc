package dev.remotecommands.simulator;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.contracts.mqtt.PresenceMessage;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.simulator.testing.BridgeProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

/** Left idle with the engine off, a car falls asleep on its own and says so; with the engine running it stays up. */
@QuarkusTest
@TestProfile(FallingAsleepTest.QuicklyAsleep.class)
class FallingAsleepTest {

    private static final String PARKED = "VF7DEMCAR00000001";
    private static final String ENGINE_RUNNING = "VF7DEMCAR00000002";

    /** Two cars that sleep after one idle second, looked at ten times a second. */
    public static class QuicklyAsleep implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simulator.fleet-size", "2", "simulator.sleep-after", "PT1S",
                    "simulator.idle-check-interval", "PT0.1S");
        }
    }

    @Test
    void an_idle_parked_car_falls_asleep_by_itself_while_one_with_its_engine_running_stays_online() {
        given().contentType(ContentType.JSON).body("{\"on\": true}")
                .put("/v1/cars/{vin}/ignition", ENGINE_RUNNING).then().statusCode(200);

        try (BridgeProbe bridge = new BridgeProbe()) {
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> bridge.retained(PARKED, VehicleTopics.PRESENCE, PresenceMessage.class).status(),
                    status -> status == Presence.ASLEEP);
        }
        given().get("/v1/cars/{vin}", PARKED).then().body("presence", equalTo("ASLEEP"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).untilAsserted(() ->
                given().get("/v1/cars/{vin}", ENGINE_RUNNING).then().body("presence", equalTo("ONLINE")));
    }
}
