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
import java.time.Instant;
import java.util.Map;

/**
 * Left idle with the engine off, a car falls asleep on its own and says so; with the engine running it stays up.
 * Awake or asleep, a connected car says again that it is there at every heartbeat.
 */
@QuarkusTest
@TestProfile(FallingAsleepTest.QuicklyAsleep.class)
class FallingAsleepTest {

    private static final String PARKED = "VF7DEMCAR00000001";
    private static final String ENGINE_RUNNING = "VF7DEMCAR00000002";

    /** Two cars that sleep after one idle second, looked at ten times a second, with a heartbeat every second. */
    public static class QuicklyAsleep implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simulator.fleet-size", "2", "simulator.sleep-after", "PT1S",
                    "simulator.idle-check-interval", "PT0.1S", "simulator.heartbeat-interval", "PT1S");
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

    @Test
    void a_connected_car_publishes_its_presence_and_state_again_at_every_heartbeat_even_asleep() {
        try (BridgeProbe bridge = new BridgeProbe()) {
            Instant first = await().atMost(Duration.ofSeconds(10)).until(
                    () -> bridge.retained(PARKED, VehicleTopics.PRESENCE, PresenceMessage.class),
                    presence -> presence != null && presence.status() == Presence.ASLEEP).at();
            await().atMost(Duration.ofSeconds(5)).until(
                    () -> bridge.retained(PARKED, VehicleTopics.PRESENCE, PresenceMessage.class).at(),
                    at -> at.isAfter(first));
            int statesBefore = bridge.messages(ENGINE_RUNNING, VehicleTopics.STATE).size();
            await().atMost(Duration.ofSeconds(5)).until(
                    () -> bridge.messages(ENGINE_RUNNING, VehicleTopics.STATE).size() > statesBefore);
        }
    }
}
