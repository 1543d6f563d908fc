package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.DEVICE;
import static dev.remotecommands.enrollment.testing.Fixture.activate;
import static dev.remotecommands.enrollment.testing.Fixture.activatedVehicle;
import static dev.remotecommands.enrollment.testing.Fixture.as;
import static dev.remotecommands.enrollment.testing.Fixture.certifiedAccount;
import static dev.remotecommands.enrollment.testing.Fixture.expect;
import static dev.remotecommands.enrollment.testing.Fixture.journey;
import static dev.remotecommands.enrollment.testing.Fixture.openPairing;
import static dev.remotecommands.enrollment.testing.Fixture.pairingSession;
import static dev.remotecommands.enrollment.testing.Fixture.registerVehicle;
import static dev.remotecommands.infrastructure.testing.TestKafka.events;
import static dev.remotecommands.infrastructure.testing.TestKafka.exactlyEvents;
import static dev.remotecommands.infrastructure.testing.TestKafka.produce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@QuarkusTest
class JourneyToActiveTest {

    private final Account driver = RealmDrivers.driver();

    @BeforeEach
    void freshAccount() {
        Fixture.forget(driver);
    }

    @Test
    void theDriverGoesFromActivationToActiveAndTheEnrollmentIsAnnouncedOnce() {
        String vin = Fixture.newVin();
        expect(registerVehicle(driver, vin), 201);
        assertStatus(vin, "NOT_SUBSCRIBED", "ACTIVATION");

        expect(activate(driver, vin), 200);
        assertStatus(vin, "CERTIFICATION_REQUIRED", "TRUSTED_PHONE");

        Fixture.trustedPhone(driver);
        assertStatus(vin, "CERTIFICATION_REQUIRED", "SAFETY_CODE");
        assertThat(journey(driver, vin).<List<Map<String, String>>>path("steps"))
                .containsExactly(Map.of("step", "TRUSTED_PHONE", "status", "DONE"),
                        Map.of("step", "SAFETY_CODE", "status", "TODO"),
                        Map.of("step", "BLUETOOTH_PAIRING", "status", "TODO"));

        Fixture.registeredDevice(driver, DEVICE);
        assertStatus(vin, "CERTIFICATION_REQUIRED", "SAFETY_CODE");
        expect(Fixture.putSafetyCode(driver, DEVICE, Fixture.SAFETY_CODE, Fixture.SAFETY_CODE), 200);
        assertStatus(vin, "CERTIFICATION_REQUIRED", "BLUETOOTH_PAIRING");

        Response opened = openPairing(driver, vin, DEVICE);
        expect(opened, 201);
        String challenge = opened.path("challenge");
        String sessionId = opened.path("id");
        assertThat(challenge).matches("[A-Za-z0-9_-]{43}");
        assertThat(opened.<List<String>>path("checklist")).isNotEmpty();
        assertThat(pairingSession(driver, vin, sessionId).<String>path("status")).isEqualTo("WAITING_FOR_VEHICLE");
        assertStatus(vin, "ACTIVATING", "BLUETOOTH_PAIRING");

        VehiclePairingReported report = new VehiclePairingReported(vin, challenge, DEVICE, IgnitionState.ON,
                PrivacyMode.SHARING, Instant.now());
        produce(Topics.VEHICLE_PAIRING_REPORTED, vin, report);
        produce(Topics.VEHICLE_PAIRING_REPORTED, vin, report); // redelivered: must change nothing

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "DONE".equals(pairingSession(driver, vin, sessionId).path("status")));
        Response done = journey(driver, vin);
        assertThat(done.<String>path("status")).isEqualTo("ACTIVE");
        assertThat(done.<String>path("nextStep")).isNull();
        assertThat(done.<List<Map<String, String>>>path("steps")).allMatch(step -> step.get("status").equals("DONE"));
        assertThat(as(driver).get("/v1/vehicles").<String>path("find { it.vin == '" + vin
                + "' }.remoteCommandsStatus")).isEqualTo("ACTIVE");

        List<Map<String, Object>> completed = exactlyEvents(Topics.ENROLLMENT_COMPLETED, vin, 1, Duration.ofSeconds(3),
                event -> true);
        assertThat(completed.get(0)).containsEntry("accountId", driver.id()).containsEntry("vin", vin)
                .containsEntry("deviceId", DEVICE);
    }

    @Test
    void deactivationRevokesAndAReactivationStartsThePairingAgain() {
        String vin = activatedVehicle(driver);
        certifiedAccount(driver);
        Fixture.pairedVehicle(driver, vin, DEVICE);
        Instant beforeDeactivation = Instant.now();

        expect(as(driver).delete("/v1/vehicles/{vin}/remote-commands", vin), 204);
        Fixture.sessionsEnded(driver, SessionsEndReason.DEACTIVATED, beforeDeactivation);
        assertStatus(vin, "REVOKED", "ACTIVATION");
        Map<String, Object> revoked = events(Topics.ENROLLMENT_REVOKED, vin, 1, event -> true).get(0);
        assertThat(revoked).containsEntry("accountId", driver.id()).containsEntry("reason", "DEACTIVATED");
        assertThat(revoked.get("deviceId")).isNull();

        expect(activate(driver, vin), 200);
        // the account-level steps stay done; only the car must be paired again
        assertStatus(vin, "CERTIFICATION_REQUIRED", "BLUETOOTH_PAIRING");
    }

    private void assertStatus(String vin, String status, String nextStep) {
        Response journey = journey(driver, vin);
        expect(journey, 200);
        assertThat(journey.<String>path("status")).isEqualTo(status);
        assertThat(journey.<String>path("nextStep")).isEqualTo(nextStep);
    }
}
