package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.DEVICE;
import static dev.remotecommands.enrollment.testing.Fixture.SAFETY_CODE;
import static dev.remotecommands.enrollment.testing.Fixture.activatedVehicle;
import static dev.remotecommands.enrollment.testing.Fixture.as;
import static dev.remotecommands.enrollment.testing.Fixture.expect;
import static dev.remotecommands.enrollment.testing.Fixture.putSafetyCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

@QuarkusTest
class SafetyCodeTest {

    private final Account driver = RealmDrivers.driver();

    @BeforeEach
    void freshAccount() {
        Fixture.forget(driver);
        activatedVehicle(driver);
        Fixture.trustedPhone(driver);
    }

    @Test
    void aDeviceThatIsNotRegisteredCannotSetTheCode() {
        Response response = putSafetyCode(driver, "unknown-phone", SAFETY_CODE, SAFETY_CODE);
        expect(response, 409);
        assertThat(response.<String>path("nextStep")).isEqualTo("SAFETY_CODE");
    }

    @Test
    void badCodesAre422WithTheReason() {
        Fixture.registeredDevice(driver, DEVICE);
        assertType(putSafetyCode(driver, DEVICE, "4831", "4832"), "safety-code-mismatch");
        assertType(putSafetyCode(driver, DEVICE, "1234", "1234"), "safety-code-too-easy");
        assertType(putSafetyCode(driver, DEVICE, "7777", "7777"), "safety-code-too-easy");
        assertType(putSafetyCode(driver, DEVICE, "483", "483"), "malformed-safety-code");
        assertType(putSafetyCode(driver, DEVICE, "48a1", "48a1"), "malformed-safety-code");
        assertType(putSafetyCode(driver, DEVICE, "48311", "48311"), "malformed-safety-code");
    }

    @Test
    void aSetCodeIsChangedOnlyWithAResetCode() {
        Fixture.registeredDevice(driver, DEVICE);
        Response set = putSafetyCode(driver, DEVICE, SAFETY_CODE, SAFETY_CODE);
        expect(set, 200);
        assertThat(set.<String>path("status")).isEqualTo("SET");

        Response again = putSafetyCode(driver, DEVICE, "5927", "5927");
        expect(again, 409);
        assertThat(again.<String>path("detail")).contains("/v1/safety-code/reset");

        Response withoutRequest = as(driver).body(Map.of("deviceId", DEVICE, "safetyCode", "5927",
                "confirmation", "5927", "resetCode", "123456")).put("/v1/safety-code");
        expect(withoutRequest, 409);
    }

    private static void assertType(Response response, String slug) {
        expect(response, 422);
        assertThat(response.<String>path("type")).isEqualTo("https://remote-commands.dev/problems/" + slug);
    }
}
