package dev.remotecommands.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.local.ServiceProcess;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.local.journey.DriverJourney;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.DriverApi;
import dev.remotecommands.systemtests.testing.Platform;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One driver's certification across the packaged services, step by step, as the app goes through it: each step
 * changes what the journey shows, a restart of enrollment-service in the middle loses nothing, the in-car step
 * refuses a car whose engine is off or whose privacy mode forbids sharing, and only the finished journey lets a
 * command reach the car. The steps build on each other, so the tests run in order on one driver and one car.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificationJourneyIT {

    private static final Driver DRIVER = Driver.OTHER;
    private static final String VIN = "VF7DEMCAR00000009";

    private static Platform platform;
    private static DriverJourney journey;
    private static String token;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        journey = platform.journey();
        token = platform.accessToken(DRIVER.username(), DRIVER.password());
    }

    @Test
    @Order(1)
    void activation_opens_the_three_steps() {
        enrollment().body(Map.of("vin", VIN, "nickname", "Family car")).post("/v1/vehicles").then()
                .statusCode(201);
        assertThat(status().getString("status")).isEqualTo("NOT_SUBSCRIBED");

        journey.activate(token, VIN);

        JsonPath status = status();
        assertThat(status.getString("status")).isEqualTo("CERTIFICATION_REQUIRED");
        assertThat(status.getList("steps.status", String.class)).containsOnly("TODO");
        assertThat(status.getString("nextStep")).isEqualTo("TRUSTED_PHONE");
    }

    @Test
    @Order(2)
    void a_step_out_of_order_is_refused_and_names_the_next_one() {
        enrollment().body(Map.of("deviceId", DRIVER.deviceId(), "name", DRIVER.deviceName())).post("/v1/devices")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(status().getString("nextStep")).isEqualTo("TRUSTED_PHONE");
    }

    @Test
    @Order(3)
    void the_trusted_phone_is_defined_with_the_code_sent_to_it() {
        journey.defineTrustedPhone(DRIVER, token);

        assertThat(stepStatus("TRUSTED_PHONE")).isEqualTo("DONE");
        assertThat(status().getString("nextStep")).isEqualTo("SAFETY_CODE");
    }

    @Test
    @Order(4)
    void a_restarted_enrollment_service_resumes_where_the_driver_stopped() {
        ServiceProcess enrollment = platform.service(LocalPlatform.ENROLLMENT);
        enrollment.kill();
        enrollment.start(Duration.ofMinutes(2));

        assertThat(stepStatus("TRUSTED_PHONE")).isEqualTo("DONE");
        assertThat(status().getString("nextStep")).isEqualTo("SAFETY_CODE");
    }

    @Test
    @Order(5)
    void the_device_is_registered_and_the_safety_code_set() {
        journey.registerDeviceAndSetSafetyCode(DRIVER, token);

        assertThat(stepStatus("SAFETY_CODE")).isEqualTo("DONE");
        assertThat(status().getString("nextStep")).isEqualTo("BLUETOOTH_PAIRING");
        assertThat(car().getBoolean("provisioned")).isFalse();
    }

    @Test
    @Order(6)
    void pairing_fails_with_the_engine_off_and_says_so() {
        setIgnition(false);

        assertThat(pairAndAwaitOutcome()).containsEntry("status", "FAILED").containsEntry("reason", "ENGINE_OFF");
    }

    @Test
    @Order(7)
    void pairing_fails_when_the_privacy_mode_forbids_sharing() {
        setIgnition(true);
        given().baseUri(platform.simulatorUrl()).contentType(ContentType.JSON).body(Map.of("mode", "PRIVATE"))
                .put("/v1/cars/{vin}/privacy-mode", VIN).then().statusCode(200);

        assertThat(pairAndAwaitOutcome()).containsEntry("status", "FAILED").containsEntry("reason", "PRIVACY_MODE");
        assertThat(car().getBoolean("provisioned")).isFalse();
    }

    @Test
    @Order(8)
    void pairing_in_the_running_car_activates_the_service_and_provisions_the_car() {
        journey.pairInTheCar(DRIVER, token, VIN);

        assertThat(status().getString("status")).isEqualTo("ACTIVE");
        assertThat(status().getList("steps.status", String.class)).containsOnly("DONE");
        JsonPath car = car();
        assertThat(car.getBoolean("provisioned")).isTrue();
    }

    @Test
    @Order(9)
    void a_command_needs_the_remote_session_opened_with_the_safety_code() {
        Bff withoutSession = new Bff(platform.commandServiceUrl(), token, null);
        withoutSession.send(VIN, "UNLOCK").then().statusCode(403).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/safety-code-required"));
        withoutSession.withRemoteSession("not-a-session").send(VIN, "UNLOCK").then().statusCode(403);

        DriverJourney.Session session = journey.openRemoteSession(DRIVER, token);
        Bff driver = new Bff(platform.commandServiceUrl(), token, session.remoteSession());
        String id = driver.accepted(VIN, "UNLOCK");

        assertThat(driver.awaitTerminal(id).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(car().getString("doors")).isEqualTo("UNLOCKED");
    }

    @Test
    @Order(10)
    void a_wrong_safety_code_counts_down_the_attempts() {
        enrollment().body(Map.of("deviceId", DRIVER.deviceId(), "safetyCode", wrongSafetyCode()))
                .post("/v1/remote-sessions").then().statusCode(422).contentType("application/problem+json")
                .body("attemptsLeft", org.hamcrest.Matchers.equalTo(2));
        // the right code still opens a session and clears the count
        journey.openRemoteSession(DRIVER, token);
    }

    @Test
    @Order(11)
    void changing_the_safety_code_ends_the_open_remote_sessions_at_once() {
        Bff before = new Bff(platform.commandServiceUrl(), token, journey.openRemoteSession(DRIVER, token)
                .remoteSession());
        assertThat(before.awaitTerminal(before.accepted(VIN, "LOCK")).getString("status"))
                .isIn("SUCCEEDED", "ALREADY_DONE");
        String newCode = DRIVER.safetyCode().equals("6093") ? "7148" : "6093";
        try {
            changeSafetyCode(DRIVER.safetyCode(), newCode);
            // command-service hears of it through the outbox and Kafka: from then on the old session is refused
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(DriverApi.safetyCodeRequiredReason(before.send(VIN, "UNLOCK")))
                            .isEqualTo("SAFETY_CODE_CHANGED"));
            String session = enrollment().body(Map.of("deviceId", DRIVER.deviceId(), "safetyCode", newCode))
                    .post("/v1/remote-sessions").then().statusCode(201).extract().path("token");
            Bff after = new Bff(platform.commandServiceUrl(), token, session);
            assertThat(after.awaitTerminal(after.accepted(VIN, "UNLOCK")).getString("status")).isEqualTo("SUCCEEDED");
        } finally {
            // the driver's code, as every later test knows it
            changeSafetyCode(newCode, DRIVER.safetyCode());
        }
    }

    private static void changeSafetyCode(String current, String code) {
        enrollment().body(Map.of("deviceId", DRIVER.deviceId(), "currentSafetyCode", current, "safetyCode", code,
                "confirmation", code)).post("/v1/safety-code/change").then().statusCode(200);
    }

    @Test
    @Order(12)
    void deactivation_stops_commands_and_unprovisions_the_car() {
        DriverJourney.Session session = journey.openRemoteSession(DRIVER, token);
        Bff driver = new Bff(platform.commandServiceUrl(), token, session.remoteSession());

        enrollment().delete("/v1/vehicles/{vin}/remote-commands", VIN).then().statusCode(204);

        assertThat(status().getString("status")).isEqualTo("REVOKED");
        await().atMost(Duration.ofSeconds(30)).until(() -> !car().getBoolean("provisioned"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !driver.maySee(VIN));
        driver.send(VIN, "LOCK").then().statusCode(404);
    }

    private Map<String, Object> pairAndAwaitOutcome() {
        JsonPath session = enrollment().body(Map.of("deviceId", DRIVER.deviceId()))
                .post("/v1/vehicles/{vin}/pairing-sessions", VIN).then().statusCode(201).extract().jsonPath();
        assertThat(session.getString("challenge")).isNotBlank();
        assertThat(status().getString("status")).isEqualTo("ACTIVATING");
        given().baseUri(platform.simulatorUrl()).contentType(ContentType.JSON)
                .body(Map.of("challenge", session.getString("challenge"), "deviceId", DRIVER.deviceId()))
                .post("/v1/cars/{vin}/bluetooth-pairing", VIN).then().statusCode(org.hamcrest.Matchers.lessThan(300));
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> enrollment().get("/v1/vehicles/{vin}/pairing-sessions/{id}", VIN, session.getString("id"))
                        .then().statusCode(200).extract().jsonPath().getMap("$"),
                        outcome -> !"WAITING_FOR_VEHICLE".equals(outcome.get("status")));
    }

    private static void setIgnition(boolean on) {
        given().baseUri(platform.simulatorUrl()).contentType(ContentType.JSON).body(Map.of("on", on))
                .put("/v1/cars/{vin}/ignition", VIN).then().statusCode(200);
    }

    private static String wrongSafetyCode() {
        return DRIVER.safetyCode().equals("2580") ? "1470" : "2580";
    }

    private static JsonPath status() {
        return enrollment().get("/v1/vehicles/{vin}/remote-commands", VIN).then().statusCode(200).extract()
                .jsonPath();
    }

    private static String stepStatus(String step) {
        List<Map<String, String>> steps = status().getList("steps");
        return steps.stream().filter(each -> step.equals(each.get("step"))).map(each -> each.get("status"))
                .findFirst().orElseThrow();
    }

    private static JsonPath car() {
        return platform.car(VIN);
    }

    private static RequestSpecification enrollment() {
        return given().baseUri(platform.enrollmentServiceUrl()).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
