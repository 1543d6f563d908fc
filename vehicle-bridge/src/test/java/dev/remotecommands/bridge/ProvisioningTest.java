package dev.remotecommands.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.bridge.testing.BridgeTestBase;
import dev.remotecommands.bridge.testing.TestCar;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.contracts.mqtt.ProvisioningMessage;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

/**
 * Enrollment events decide the retained {@code vehicles/{vin}/provisioning} message: remote control on while a device
 * may command the car, the authorised devices, and the command-verification key.
 */
@QuarkusTest
class ProvisioningTest extends BridgeTestBase {

    private static final String ACCOUNT = "account-1";
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aCompletedEnrollmentIsPublishedRetainedWithTheDeviceAndTheKey() {
        String vin = newVin();
        TestCar watcher = car(vin);

        completed(new EnrollmentCompleted(ACCOUNT, vin, "phone-1", t0));
        awaitProvisioning(watcher, ProvisioningMessage::remoteControl);

        // A car that subscribes only now gets it from the broker: the message is retained.
        TestCar late = car(vin);
        ProvisioningMessage retained = awaitProvisioning(late, message -> true);
        assertThat(retained.remoteControl()).isTrue();
        assertThat(retained.devices()).containsExactly("phone-1");
        assertThat(retained.commandKey()).isEqualTo(config("bridge.command-verification-key"));
        assertThat(retained.at()).isNotNull();
    }

    @Test
    void aSecondDeviceIsAddedAndRevokingOneDeviceRemovesOnlyIt() {
        String vin = newVin();
        TestCar car = car(vin);

        completed(new EnrollmentCompleted(ACCOUNT, vin, "phone-1", t0));
        completed(new EnrollmentCompleted(ACCOUNT, vin, "phone-2", t0.plusSeconds(1)));
        awaitProvisioning(car, message -> message.devices().equals(List.of("phone-1", "phone-2")));

        revoked(new EnrollmentRevoked(ACCOUNT, vin, "phone-1", "DEVICE_REMOVED", t0.plusSeconds(2)));

        ProvisioningMessage after = awaitProvisioning(car, message -> message.devices().equals(List.of("phone-2")));
        assertThat(after.remoteControl()).isTrue();
    }

    @Test
    void revokingTheWholeEnrollmentTurnsRemoteControlOffAndTheCarLearnsItOnReconnecting() {
        String vin = newVin();
        TestCar car = car(vin);
        completed(new EnrollmentCompleted(ACCOUNT, vin, "phone-1", t0));
        completed(new EnrollmentCompleted(ACCOUNT, vin, "phone-2", t0.plusSeconds(1)));
        awaitProvisioning(car, message -> message.devices().size() == 2);

        revoked(new EnrollmentRevoked(ACCOUNT, vin, null, "DEACTIVATED", t0.plusSeconds(2)));

        awaitProvisioning(car, message -> !message.remoteControl());
        ProvisioningMessage retained = awaitProvisioning(car(vin), message -> true);
        assertThat(retained.remoteControl()).isFalse();
        assertThat(retained.devices()).isEmpty();
    }

    @Test
    void aRevocationReadBeforeTheCompletionItFollowsLeavesRemoteControlOff() {
        String vin = newVin();
        TestCar car = car(vin);

        revoked(new EnrollmentRevoked(ACCOUNT, vin, null, "DEACTIVATED", t0.plusSeconds(1)));
        awaitProvisioning(car, message -> !message.remoteControl());
        completed(new EnrollmentCompleted(ACCOUNT, vin, "phone-1", t0));
        // Same topic and key as the late completion, so handled after it: once it shows, the late one was handled.
        completed(new EnrollmentCompleted(ACCOUNT, vin, "phone-2", t0.plusSeconds(2)));

        awaitProvisioning(car, message -> message.remoteControl());
        assertThat(provisionings(car)).allSatisfy(message -> assertThat(message.devices()).doesNotContain("phone-1"))
                .filteredOn(ProvisioningMessage::remoteControl)
                .extracting(ProvisioningMessage::devices).containsExactly(List.of("phone-2"));
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        String vin = newVin();
        TestCar car = car(vin);
        EnrollmentCompleted event = new EnrollmentCompleted(ACCOUNT, vin, "phone-1", t0);

        completed(event);
        completed(event);
        completed(new EnrollmentCompleted(ACCOUNT, vin, "phone-2", t0.plusSeconds(1)));

        awaitProvisioning(car, message -> message.devices().size() == 2);
        assertThat(provisionings(car)).extracting(ProvisioningMessage::devices)
                .containsExactly(List.of("phone-1"), List.of("phone-1", "phone-2"));
        assertThat(sqlNumber("select wanted_version from provisioning where vin = $1", vin)).isEqualTo(2L);
    }

    @Test
    void garbageOnTheEnrollmentTopicsGoesToTheirDeadLetterTopicsAndTheNextRecordIsHandled() {
        String vin = newVin();
        TestCar car = car(vin);

        produce(Topics.ENROLLMENT_COMPLETED, vin, "{\"accountId\": oops");
        produce(Topics.ENROLLMENT_COMPLETED, vin, "{\"accountId\":\"a\",\"vin\":\"NOT-A-VIN\",\"at\":\"%s\"}"
                .formatted(t0));
        produce(Topics.ENROLLMENT_REVOKED, vin, "[]");
        completed(new EnrollmentCompleted(ACCOUNT, vin, "phone-1", t0));

        awaitProvisioning(car, ProvisioningMessage::remoteControl);
        await().until(() -> deadLetters(Topics.ENROLLMENT_COMPLETED, vin).size() == 2
                && deadLetters(Topics.ENROLLMENT_REVOKED, vin).size() == 1);
        assertThat(deadLetters(Topics.ENROLLMENT_COMPLETED, vin).get(0)).isEqualTo("{\"accountId\": oops");
    }

    private List<ProvisioningMessage> provisionings(TestCar car) {
        return car.provisionings().stream().map(json -> read(json, ProvisioningMessage.class)).toList();
    }

    /** Waits until the car received a provisioning that matches, and returns the last one it received. */
    private ProvisioningMessage awaitProvisioning(TestCar car, Predicate<ProvisioningMessage> wanted) {
        await().until(() -> provisionings(car).stream().anyMatch(wanted));
        List<ProvisioningMessage> received = provisionings(car);
        return received.get(received.size() - 1);
    }
}
