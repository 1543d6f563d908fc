package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.DEVICE;
import static dev.remotecommands.enrollment.testing.Fixture.SAFETY_CODE;
import static dev.remotecommands.enrollment.testing.Fixture.activatedVehicle;
import static dev.remotecommands.enrollment.testing.Fixture.as;
import static dev.remotecommands.enrollment.testing.Fixture.expect;
import static dev.remotecommands.enrollment.testing.Fixture.openRemoteSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

/** A driver who knows the safety code changes it from a registered device (issue 13, item 1). */
@QuarkusTest
class SafetyCodeChangeTest {

    private static final String NEW_CODE = "5927";

    private final Account driver = RealmDrivers.driver();

    @BeforeEach
    void certified() {
        Fixture.forget(driver);
        activatedVehicle(driver);
        Fixture.certifiedAccount(driver);
    }

    @Test
    void theRightCurrentCodeReplacesItAndEndsTheSessionsOpenedBefore() {
        Instant before = Instant.now();
        Response changed = change(SAFETY_CODE, NEW_CODE, NEW_CODE);
        expect(changed, 200);
        assertThat(changed.<String>path("status")).isEqualTo("SET");

        expect(openRemoteSession(driver, DEVICE, NEW_CODE), 201);
        expect(openRemoteSession(driver, DEVICE, SAFETY_CODE), 422);

        Fixture.sessionsEnded(driver, SessionsEndReason.SAFETY_CODE_CHANGED, before);
    }

    @Test
    void aWrongCurrentCodeCountsTowardTheLockout() {
        Response wrong = change("9999", NEW_CODE, NEW_CODE);
        expect(wrong, 422);
        assertThat(wrong.<Integer>path("attemptsLeft")).isEqualTo(2);

        Response next = openRemoteSession(driver, DEVICE, "9999");
        expect(next, 422);
        assertThat(next.<Integer>path("attemptsLeft")).isEqualTo(1);
        expect(change("9999", NEW_CODE, NEW_CODE), 423);
    }

    @Test
    void theNewCodeObeysTheRulesOfTheFirst() {
        assertType(change(SAFETY_CODE, NEW_CODE, "5928"), "safety-code-mismatch");
        assertType(change(SAFETY_CODE, "1234", "1234"), "safety-code-too-easy");
        assertType(change(SAFETY_CODE, "59a7", "59a7"), "malformed-safety-code");
        expect(openRemoteSession(driver, DEVICE, SAFETY_CODE), 201); // nothing changed
    }

    @Test
    void anUnregisteredDeviceCannotChangeIt() {
        Response response = as(driver).body(Map.of("deviceId", "someone-elses-phone", "currentSafetyCode",
                SAFETY_CODE, "safetyCode", NEW_CODE, "confirmation", NEW_CODE)).post("/v1/safety-code/change");
        expect(response, 409);
        expect(openRemoteSession(driver, DEVICE, SAFETY_CODE), 201);
    }

    private Response change(String current, String code, String confirmation) {
        return as(driver).body(Map.of("deviceId", DEVICE, "currentSafetyCode", current, "safetyCode", code,
                "confirmation", confirmation)).post("/v1/safety-code/change");
    }

    private static void assertType(Response response, String slug) {
        expect(response, 422);
        assertThat(response.<String>path("type")).isEqualTo("https://remote-commands.dev/problems/" + slug);
    }
}
