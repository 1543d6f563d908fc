package dev.remotecommands.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;

import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.local.journey.DriverJourney;
import dev.remotecommands.local.journey.SmsInbox;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.DriverApi;
import dev.remotecommands.systemtests.testing.Platform;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The commands of the journey on a certified car, as the BFF drives them: lock, unlock, lights, horn and
 * refresh-state, each checked in the car, in the API's vehicle state, in the command history and (for one) in its
 * server-sent events; then a second phone of the driver, paired and removed again, loses the car at once while
 * the first phone keeps it once it has entered its safety code again (a removal ends every session of the account). Car 2 is shared with {@link CommandRoundTripIT}, so every door assertion is relative
 * to the state found first, and the car is left as found (certified, the first phone enabled).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteCommandsJourneyIT {

    private static final String VIN = "VF7DEMCAR00000002";
    private static final Driver DRIVER = Driver.DEMO;

    private static Platform platform;
    private static Bff driver;
    private static DriverApi api;
    /** The commands this class sent, oldest first, for the history check. */
    private static final List<String> SENT = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() {
        platform = Platform.get();
        driver = platform.certified(DRIVER, VIN);
        api = new DriverApi(platform, platform.accessToken(DRIVER.username(), DRIVER.password()));
    }

    @Test
    @Order(1)
    void unlock_and_lock_change_the_doors_in_the_car_and_in_the_api() {
        String before = car().getString("doors");
        List<String> steps = "LOCKED".equals(before) ? List.of("UNLOCK", "LOCK") : List.of("LOCK", "UNLOCK");

        for (String type : steps) {
            String doors = type.equals("LOCK") ? "LOCKED" : "UNLOCKED";
            String id = send(type);
            JsonPath command = driver.awaitTerminal(id);

            assertThat(command.getString("status")).as(type).isEqualTo("SUCCEEDED");
            assertThat(command.getBoolean("outcomeKnown")).isTrue();
            assertThat(command.getList("history.status", String.class))
                    .containsSubsequence("ACCEPTED", "SENT_TO_VEHICLE", "SUCCEEDED");
            assertThat(car().getString("doors")).as("doors in the car after " + type).isEqualTo(doors);
            assertThat(executed(id)).containsEntry("type", type).containsEntry("outcome", "SUCCEEDED");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    driver.vehicleState(VIN).getString("doors")).as("doors in the API after " + type)
                    .isEqualTo(doors));
        }
        assertThat(car().getString("doors")).as("the car is left as found").isEqualTo(before);
    }

    @Test
    @Order(2)
    void lights_and_horn_run_on_the_car() {
        long executedBefore = car().getLong("executedCommands.count");

        String lights = send("LIGHTS");
        assertThat(driver.awaitTerminal(lights).getString("status")).isEqualTo("SUCCEEDED");
        // lights stay on for 5 s (simulator.lights-duration), long after the driver hears of the success
        assertThat(car().getBoolean("lights")).as("lights on").isTrue();
        assertThat(executed(lights)).containsEntry("type", "LIGHTS").containsEntry("outcome", "SUCCEEDED");

        String horn = send("HORN");
        assertThat(driver.awaitTerminal(horn).getString("status")).isEqualTo("SUCCEEDED");
        // the horn sounds 2 s only: the car's own record of it is the lasting proof
        assertThat(executed(horn)).containsEntry("type", "HORN").containsEntry("outcome", "SUCCEEDED");

        assertThat(car().getLong("executedCommands.count")).isEqualTo(executedBefore + 2);
    }

    @Test
    @Order(3)
    void refresh_state_wakes_a_sleeping_car_and_streams_each_status_change() throws Exception {
        given().baseUri(platform.simulatorUrl()).post("/v1/cars/{vin}/sleep", VIN).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ASLEEP".equals(car().getString("presence")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "ASLEEP".equals(driver.vehicleState(VIN).getString("presence")));
        Instant sentAt = Instant.now();

        String id = send("REFRESH_STATE");
        CompletableFuture<List<JsonNode>> stream = api.events(id, Duration.ofSeconds(45));

        JsonPath command = driver.awaitTerminal(id);
        assertThat(command.getString("status")).isEqualTo("SUCCEEDED");
        List<String> history = command.getList("history.status", String.class);
        assertThat(history).containsExactly("ACCEPTED", "WAKING_UP_VEHICLE", "SENT_TO_VEHICLE", "SUCCEEDED");

        // the stream closes by itself after the terminal event (get() would time out otherwise)
        List<JsonNode> events = stream.get(15, TimeUnit.SECONDS);
        List<String> streamed = events.stream().map(event -> event.path("status").asText()).toList();
        assertThat(streamed).as("one event per status change, from the status current when the stream opened")
                .isNotEmpty().isEqualTo(history.subList(history.indexOf(streamed.get(0)), history.size()));
        assertThat(events).allSatisfy(event -> assertThat(event.path("commandId").asText()).isEqualTo(id));
        assertThat(events.subList(0, events.size() - 1))
                .allSatisfy(event -> assertThat(event.path("terminal").asBoolean()).isFalse());
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.path("terminal").asBoolean()).isTrue();
        assertThat(last.path("outcomeKnown").asBoolean()).isTrue();

        assertThat(car().getString("presence")).isEqualTo("ONLINE");
        assertThat(executed(id)).containsEntry("type", "REFRESH_STATE").containsEntry("outcome", "SUCCEEDED");
        // the car re-published its state: the API shows a report newer than the command, from an awake car
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath state = driver.vehicleState(VIN);
            assertThat(state.getString("presence")).isEqualTo("ONLINE");
            assertThat(Instant.parse(state.getString("reportedAt"))).isAfter(sentAt);
            assertThat(state.getString("doors")).isEqualTo(car().getString("doors"));
        });
    }

    @Test
    @Order(4)
    void the_history_lists_the_commands_newest_first() {
        List<Map<String, Object>> history = api.history(VIN, 100);

        List<String> ids = history.stream().map(each -> (String) each.get("id")).toList();
        List<String> newestFirst = new ArrayList<>(SENT);
        Collections.reverse(newestFirst);
        assertThat(ids).containsSubsequence(newestFirst);
        assertThat(ids.get(0)).as("the newest command comes first").isEqualTo(newestFirst.get(0));
        assertThat(history).allSatisfy(each -> assertThat(each).containsEntry("vin", VIN));
        List<Instant> created = history.stream().map(each -> Instant.parse((String) each.get("createdAt"))).toList();
        assertThat(created).isSortedAccordingTo(Collections.reverseOrder());
        Map<String, Object> newest = history.get(0);
        assertThat(newest).containsEntry("type", "REFRESH_STATE").containsEntry("status", "SUCCEEDED");

        assertThat(api.history(VIN, 2)).extracting(each -> each.get("id")).containsExactly(ids.get(0), ids.get(1));
        given().baseUri(platform.commandServiceUrl()).auth()
                .oauth2(platform.accessToken(DRIVER.username(), DRIVER.password())).queryParam("limit", 0)
                .get("/v1/vehicles/{vin}/commands", VIN).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @Order(5)
    void a_removed_phone_loses_the_car_at_once_and_the_first_phone_keeps_it_after_its_safety_code() {
        String token = platform.accessToken(DRIVER.username(), DRIVER.password());
        Driver second = new Driver(DRIVER.username(), DRIVER.password(), DRIVER.accountId(), DRIVER.phoneCountry(),
                DRIVER.phoneNational(), DRIVER.phoneE164(), "tablet-" + UUID.randomUUID().toString().substring(0, 8),
                "Driver's tablet", DRIVER.safetyCode());
        registerDevice(second);
        platform.journey().pairInTheCar(second, token, VIN);
        await().atMost(Duration.ofSeconds(30)).until(() -> car().getList("devices", String.class)
                .containsAll(List.of(DRIVER.deviceId(), second.deviceId())));
        DriverJourney.Session secondSession = platform.journey().openRemoteSession(second, token);
        Bff secondPhone = driver.withRemoteSession(secondSession.remoteSession());
        assertThat(secondPhone.awaitTerminal(secondPhone.accepted(VIN, "LOCK"))
                .getString("status")).isIn("SUCCEEDED", "ALREADY_DONE");

        api.enrollment().delete("/v1/devices/{id}", second.deviceId()).then().statusCode(204);

        // command-service hears of the removal through Kafka: until then the old grant may still let one through
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Response refused = secondPhone.send(VIN, "LOCK");
            assertThat(refused.statusCode()).isIn(403, 404);
            if (refused.statusCode() == 403) {
                assertThat(DriverApi.safetyCodeRequiredReason(refused)).isIn("DEVICE_NOT_ENABLED", "DEVICE_REMOVED");
            }
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(car().getList("devices", String.class))
                .containsExactly(DRIVER.deviceId()));
        assertThat(car().getBoolean("provisioned")).isTrue();
        assertThat(api.enrollment().get("/v1/devices").then().statusCode(200).extract().jsonPath()
                .getList("deviceId", String.class)).doesNotContain(second.deviceId());
        // a new session of the removed phone is refused too
        api.enrollment().body(Map.of("deviceId", second.deviceId(), "safetyCode", second.safetyCode()))
                .post("/v1/remote-sessions").then().statusCode(org.hamcrest.Matchers.oneOf(404, 409));

        // a removed (lost) phone may have opened sessions anywhere: every session of the account ended with it,
        // so the first phone enters its safety code again and keeps the car
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Response ended = driver.send(VIN, "LOCK");
            assertThat(ended.statusCode()).isEqualTo(403);
            assertThat(DriverApi.safetyCodeRequiredReason(ended)).isEqualTo("DEVICE_REMOVED");
        });
        driver = driver.withRemoteSession(platform.journey().openRemoteSession(DRIVER, token).remoteSession());
        String stillWorks = driver.accepted(VIN, "LOCK");
        assertThat(driver.awaitTerminal(stillWorks).getString("status"))
                .isIn("SUCCEEDED", "ALREADY_DONE");
    }

    /**
     * Registers another phone of the driver with the 9-digit code sent to the trusted phone. otp-service sends one
     * code per phone and purpose every 30 s: when the certification's own code went out just before, the first
     * code is throttled, so the driver asks again once the cooldown is over, as the app lets them.
     */
    private static void registerDevice(Driver device) {
        SmsInbox phone = new SmsInbox(platform.url(LocalPlatform.OTP), device.phoneE164());
        api.enrollment().body(Map.of("deviceId", device.deviceId(), "name", device.deviceName()))
                .post("/v1/devices").then().statusCode(202);
        SmsInbox.Sms sms;
        try {
            sms = phone.nextCode(9);
        } catch (IllegalStateException noSmsYet) {
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(2)).until(() -> api.enrollment()
                    .post("/v1/devices/{id}/code/resend", device.deviceId()).statusCode() == 202);
            sms = phone.nextCode(9);
        }
        api.enrollment().body(Map.of("code", sms.code()))
                .post("/v1/devices/{id}/verification", device.deviceId()).then().statusCode(200);
    }

    private static String send(String type) {
        String id = driver.accepted(VIN, type);
        SENT.add(id);
        return id;
    }

    private static Map<String, Object> executed(String commandId) {
        List<Map<String, Object>> recent = car().getList("executedCommands.recent");
        return recent.stream().filter(each -> commandId.equals(each.get("commandId"))).findFirst()
                .orElseThrow(() -> new AssertionError("the car did not execute " + commandId + ": " + recent));
    }

    private static JsonPath car() {
        return platform.car(VIN);
    }
}
