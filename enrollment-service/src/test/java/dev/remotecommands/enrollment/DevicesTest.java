package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.DEVICE;
import static dev.remotecommands.enrollment.testing.Fixture.activatedVehicle;
import static dev.remotecommands.enrollment.testing.Fixture.as;
import static dev.remotecommands.enrollment.testing.Fixture.expect;
import static dev.remotecommands.enrollment.testing.Fixture.postDevice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import dev.remotecommands.infrastructure.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

@QuarkusTest
class DevicesTest {

    private final Account driver = RealmDrivers.driver();

    @BeforeEach
    void freshAccount() {
        Fixture.forget(driver);
    }

    @Test
    void aDeviceBeforeTheTrustedPhoneIsRefusedNamingTheStep() {
        activatedVehicle(driver);
        Response response = postDevice(driver, DEVICE);
        expect(response, 409);
        assertThat(response.<String>path("nextStep")).isEqualTo("TRUSTED_PHONE");
    }

    @Test
    void aDeviceIsRegisteredWithA9DigitCodeAndListed() {
        activatedVehicle(driver);
        Fixture.trustedPhone(driver);
        Response sent = postDevice(driver, DEVICE);
        expect(sent, 202);
        assertThat(sent.<Integer>path("codeLength")).isEqualTo(9);
        assertThat(sent.<String>path("expiresAt")).isNotNull();
        expect(Fixture.verifyDevice(driver, DEVICE, "12345678"), 422); // 8 digits

        Fixture.forget(driver);
        activatedVehicle(driver);
        Fixture.trustedPhone(driver);
        Fixture.registeredDevice(driver, DEVICE);
        assertThat(as(driver).get("/v1/devices").<List<Map<String, String>>>path("")).singleElement()
                .satisfies(device -> assertThat(device).containsEntry("deviceId", DEVICE)
                        .containsEntry("status", "REGISTERED"));
        expect(postDevice(driver, DEVICE), 409); // already registered
    }

    @Test
    void theDeviceLimitIs409SayingHowToRemoveOne() {
        activatedVehicle(driver);
        Fixture.trustedPhone(driver);
        for (int i = 1; i <= 3; i++) { // enrollment.devices.max is 3 in tests
            expect(postDevice(driver, "phone-" + i), 202);
        }
        Response full = postDevice(driver, "phone-4");
        expect(full, 409);
        assertThat(full.<String>path("detail")).contains("DELETE /v1/devices/{deviceId}");

        expect(as(driver).delete("/v1/devices/{id}", "phone-1"), 204);
        expect(postDevice(driver, "phone-4"), 202);
    }

    @Test
    void removingAPairedDeviceRevokesItForEachCar() {
        String vin = activatedVehicle(driver);
        Fixture.certifiedAccount(driver);
        Fixture.pairedVehicle(driver, vin, DEVICE);

        expect(as(driver).delete("/v1/devices/{id}", DEVICE), 204);
        Map<String, Object> revoked = TestKafka.events(Topics.ENROLLMENT_REVOKED, vin, 1, event -> true).get(0);
        assertThat(revoked).containsEntry("deviceId", DEVICE).containsEntry("reason", "DEVICE_REMOVED")
                .containsEntry("accountId", driver.id());
        assertThat(Fixture.journey(driver, vin).<String>path("status")).isEqualTo("CERTIFICATION_REQUIRED");
        expect(as(driver).delete("/v1/devices/{id}", DEVICE), 404);
    }
}
