package dev.remotecommands.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.bridge.testing.BridgeTestBase;
import dev.remotecommands.bridge.testing.TestCar;
import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.contracts.mqtt.VehicleTopics;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A car's {@code vehicles/{vin}/pairing} report becomes {@code VehiclePairingReported} for enrollment-service. */
@QuarkusTest
class PairingTest extends BridgeTestBase {

    private static volatile boolean pairingSubscribed;

    @BeforeEach
    void waitForThePairingSubscription() {
        if (pairingSubscribed) {
            return;
        }
        // The pairing subscription may land a moment after the others: repeat a fresh report until one is heard.
        String probe = newVin();
        TestCar car = car(probe);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            car.pairing(UUID.randomUUID().toString(), "probe", "ON", "SHARING", Instant.now());
            return !pairingReports(probe).isEmpty();
        });
        pairingSubscribed = true;
    }

    @Test
    void aPairingReportBecomesVehiclePairingReportedWithTheCarsOwnState() {
        String vin = newVin();
        TestCar car = car(vin);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        car.pairing("challenge-1", "phone-1", "ON", "PRIVATE", at);

        await().until(() -> pairingReports(vin).size() == 1);
        VehiclePairingReported reported = pairingReports(vin).get(0);
        assertThat(reported.vin()).isEqualTo(vin);
        assertThat(reported.challenge()).isEqualTo("challenge-1");
        assertThat(reported.deviceId()).isEqualTo("phone-1");
        assertThat(reported.ignition()).isEqualTo(IgnitionState.ON);
        assertThat(reported.privacyMode()).isEqualTo(PrivacyMode.PRIVATE);
        assertThat(reported.at()).isEqualTo(at);
    }

    @Test
    void garbageOnThePairingTopicIsDroppedAndTheNextReportGoesThrough() {
        String vin = newVin();
        TestCar car = car(vin);

        car.publish(VehicleTopics.PAIRING, "not json at all");
        car.publish(VehicleTopics.PAIRING, "{\"challenge\":\"c\",\"ignition\":\"ON\",\"privacyMode\":\"SHARING\"}");
        car.publish(VehicleTopics.PAIRING,
                "{\"challenge\":\"c\",\"deviceId\":\"d\",\"ignition\":\"SPUTTERING\",\"privacyMode\":\"SHARING\"}");
        car.publishRaw("vehicles/not-a-vin/pairing",
                "{\"challenge\":\"c\",\"deviceId\":\"d\",\"ignition\":\"ON\",\"privacyMode\":\"SHARING\"}");
        car.pairing("good-challenge", "phone-1", "ON", "SHARING", Instant.now());

        await().until(() -> !pairingReports(vin).isEmpty());
        assertThat(pairingReports(vin)).extracting(VehiclePairingReported::challenge).containsExactly("good-challenge");
    }

    @Test
    void theSameReportDeliveredTwiceIsAnnouncedOnce() {
        String vin = newVin();
        TestCar car = car(vin);
        Instant at = Instant.now();

        car.pairing("challenge-1", "phone-1", "ON", "SHARING", at);
        car.pairing("challenge-1", "phone-1", "ON", "SHARING", at);
        car.pairing("challenge-2", "phone-1", "ON", "SHARING", at.plusSeconds(1));

        // One car, one topic: once the third report is announced, the first two were handled.
        await().until(() -> pairingReports(vin).stream().anyMatch(report -> report.challenge().equals("challenge-2")));
        assertThat(pairingReports(vin)).extracting(VehiclePairingReported::challenge)
                .containsExactly("challenge-1", "challenge-2");
    }
}
