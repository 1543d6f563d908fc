package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.DEVICE;
import static dev.remotecommands.enrollment.testing.Fixture.activatedVehicle;
import static dev.remotecommands.enrollment.testing.Fixture.awaitPairing;
import static dev.remotecommands.enrollment.testing.Fixture.expect;
import static dev.remotecommands.enrollment.testing.Fixture.openPairing;
import static dev.remotecommands.enrollment.testing.Fixture.pairingSession;
import static dev.remotecommands.enrollment.testing.Fixture.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

@QuarkusTest
class PairingTest {

    private final Account driver = RealmDrivers.driver();
    private String vin;

    @BeforeEach
    void freshAccount() {
        Fixture.forget(driver);
        vin = activatedVehicle(driver);
    }

    @Test
    void pairingBeforeTheEarlierStepsIs409NamingTheNextStep() {
        Response beforePhone = openPairing(driver, vin, DEVICE);
        expect(beforePhone, 409);
        assertThat(beforePhone.<String>path("nextStep")).isEqualTo("TRUSTED_PHONE");

        Fixture.trustedPhone(driver);
        Response beforeSafetyCode = openPairing(driver, vin, DEVICE);
        expect(beforeSafetyCode, 409);
        assertThat(beforeSafetyCode.<String>path("nextStep")).isEqualTo("SAFETY_CODE");
        assertThat(beforeSafetyCode.<String>path("detail")).contains("safety code");
    }

    @Test
    void aVehicleNotActivatedIs409AndAnUnknownOneIs404() {
        String notActivated = Fixture.newVin();
        expect(Fixture.registerVehicle(driver, notActivated), 201);
        Fixture.certifiedAccount(driver);
        Response response = openPairing(driver, notActivated, DEVICE);
        expect(response, 409);
        assertThat(response.<String>path("nextStep")).isEqualTo("ACTIVATION");
        expect(openPairing(driver, Fixture.newVin(), DEVICE), 404);
        expect(openPairing(driver, vin, "not-registered"), 409);
    }

    @Test
    void eachRefusalOfTheCarFailsTheSessionWithItsReason() {
        Fixture.certifiedAccount(driver);
        assertFails(IgnitionState.ON, PrivacyMode.PRIVATE, DEVICE, "PRIVACY_MODE");
        assertFails(IgnitionState.OFF, PrivacyMode.SHARING, DEVICE, "ENGINE_OFF");
        assertFails(IgnitionState.ON, PrivacyMode.SHARING, "another-phone", "DEVICE_MISMATCH");
        assertThat(Fixture.journey(driver, vin).<String>path("status")).isEqualTo("CERTIFICATION_REQUIRED");

        // after a failure the driver opens a new session, and a later report for the failed one changes nothing
        Response failed = openPairing(driver, vin, DEVICE);
        String failedId = failed.path("id");
        report(vin, failed.path("challenge"), DEVICE, IgnitionState.OFF, PrivacyMode.SHARING);
        awaitPairing(driver, vin, failedId, "FAILED");
        report(vin, failed.path("challenge"), DEVICE, IgnitionState.ON, PrivacyMode.SHARING);
        Fixture.pairedVehicle(driver, vin, DEVICE);
        assertThat(pairingSession(driver, vin, failedId).<String>path("status")).isEqualTo("FAILED");
    }

    @Test
    void aSessionTheCarNeverConfirmsExpires() {
        Fixture.certifiedAccount(driver);
        Response opened = openPairing(driver, vin, DEVICE);
        String id = opened.path("id");
        awaitPairing(driver, vin, id, "FAILED"); // enrollment.pairing.ttl is 8 s in tests
        assertThat(pairingSession(driver, vin, id).<String>path("reason")).isEqualTo("EXPIRED");
        report(vin, opened.path("challenge"), DEVICE, IgnitionState.ON, PrivacyMode.SHARING);
        assertThat(pairingSession(driver, vin, id).<String>path("status")).isEqualTo("FAILED");
    }

    @Test
    void unknownSessionsAre404() {
        expect(pairingSession(driver, vin, UUID.randomUUID().toString()), 404);
        expect(pairingSession(driver, vin, "not-a-uuid"), 404);
    }

    private void assertFails(IgnitionState ignition, PrivacyMode privacy, String deviceSeenByCar, String reason) {
        Response opened = openPairing(driver, vin, DEVICE);
        expect(opened, 201);
        String id = opened.path("id");
        report(vin, opened.path("challenge"), deviceSeenByCar, ignition, privacy);
        awaitPairing(driver, vin, id, "FAILED");
        assertThat(pairingSession(driver, vin, id).<String>path("reason")).isEqualTo(reason);
    }
}
