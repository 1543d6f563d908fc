package dev.remotecommands.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.Platform;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A driver's command through every part: command-service → Kafka → vehicle-bridge → MQTT → a simulated car →
 * back, on the packaged services.
 */
class CommandRoundTripIT {

    private static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.get();
    }

    @Test
    void unlock_reaches_the_car_and_the_driver_sees_it_succeed() {
        String vin = "VF7DEMCAR00000002";
        Bff driver = platform.certified(Driver.DEMO, vin);

        String id = driver.accepted(vin, "UNLOCK");

        JsonPath command = driver.awaitTerminal(id);
        assertThat(command.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(command.getList("history.status", String.class))
                .containsSubsequence("ACCEPTED", "SENT_TO_VEHICLE", "SUCCEEDED");
        assertThat(car(vin).getString("doors")).isEqualTo("UNLOCKED");
        assertThat(car(vin).getList("executedCommands.recent.commandId", String.class)).contains(id);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(driver.vehicleState(vin).getString("doors")).isEqualTo("UNLOCKED"));
    }

    @Test
    void locking_a_locked_car_says_already_done_and_leaves_it_locked() {
        String vin = "VF7DEMCAR00000003";
        Bff driver = platform.certified(Driver.DEMO, vin);

        String id = driver.accepted(vin, "LOCK");
        JsonPath command = driver.awaitTerminal(id);

        assertThat(command.getString("status")).isEqualTo("ALREADY_DONE");
        assertThat(command.getString("failureCause")).isNull();
        assertThat(car(vin).getString("doors")).isEqualTo("LOCKED");
        // the car answered this very command (it records every command it answered, ALREADY_DONE included)
        assertThat(car(vin).getList("executedCommands.recent.commandId", String.class)).contains(id);
    }

    @Test
    void a_sleeping_car_is_woken_up_first() {
        String vin = "VF7DEMCAR00000004";
        Bff driver = platform.certified(Driver.DEMO, vin);
        given().baseUri(platform.simulatorUrl()).post("/v1/cars/{vin}/sleep", vin).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ASLEEP".equals(car(vin).getString("presence")));
        // the bridge learns of the sleep through the car's presence report
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "ASLEEP".equals(driver.vehicleState(vin).getString("presence")));

        JsonPath command = driver.awaitTerminal(driver.accepted(vin, "UNLOCK"));

        assertThat(command.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(command.getList("history.status", String.class))
                .containsSubsequence("ACCEPTED", "WAKING_UP_VEHICLE", "SENT_TO_VEHICLE", "SUCCEEDED");
        assertThat(car(vin).getString("presence")).isEqualTo("ONLINE");
    }

    @Test
    void the_driver_sees_a_connected_cars_presence_and_doors_before_any_command() {
        String vin = "VF7DEMCAR00000007";
        Bff driver = platform.certified(Driver.DEMO, vin);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath state = driver.vehicleState(vin);
            assertThat(state.getString("presence")).isEqualTo("ONLINE");
            assertThat(state.getString("doors")).isEqualTo("LOCKED");
        });
    }

    @Test
    void a_car_in_private_mode_refuses_and_the_driver_is_told_why() {
        String vin = "VF7DEMCAR00000008";
        Bff driver = platform.certified(Driver.DEMO, vin);
        given().baseUri(platform.simulatorUrl()).contentType(ContentType.JSON).body("{\"mode\":\"PRIVATE\"}")
                .put("/v1/cars/{vin}/privacy-mode", vin).then().statusCode(200);

        JsonPath command = driver.awaitTerminal(driver.accepted(vin, "UNLOCK"));

        assertThat(command.getString("status")).isEqualTo("REJECTED");
        assertThat(command.getString("failureCause")).isEqualTo("PRIVACY_MODE");
        assertThat(command.getString("message")).containsIgnoringCase("privacy");
        assertThat(car(vin).getString("doors")).isEqualTo("LOCKED");
    }

    @Test
    void another_drivers_car_cannot_be_commanded() {
        String vin = "VF7DEMCAR00000005";
        Bff driver = platform.certified(Driver.DEMO, vin);
        Bff otherDriver = new Bff(platform.commandServiceUrl(),
                platform.accessToken(Driver.OTHER.username(), Driver.OTHER.password()), null);

        otherDriver.send(vin, "UNLOCK").then().statusCode(404).contentType("application/problem+json");

        assertThat(car(vin).getString("doors")).isEqualTo("LOCKED");
    }

    private static JsonPath car(String vin) {
        return platform.car(vin);
    }
}
