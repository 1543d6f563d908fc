package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.ack;
import static dev.remotecommands.command.testing.Fixture.awaitStatus;
import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.getCommand;
import static dev.remotecommands.command.testing.Fixture.metrics;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.stateOf;
import static dev.remotecommands.command.testing.Fixture.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.remotecommands.command.testing.Fixture;
import dev.remotecommands.contracts.vehicle.CarState;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.FailureCause;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.infrastructure.testing.MetricsScrape;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Every way a command ends, as the bridge reports it, and the watchdog when the bridge says nothing. */
@QuarkusTest
class CommandLifecycleFlowTest {

    private final Account driver = RealmDrivers.driver();

    @Test
    void aSleepingCarIsWokenThenUnlocksAndItsStateFollows() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.UNLOCK);
        getCommand(driver, id).then().body("status", equalTo("ACCEPTED"))
                .body("outcomeKnown", equalTo(false))
                .body("history.status", contains("ACCEPTED"));

        ack(id, vin, CommandStatus.WAKING_UP_VEHICLE);
        awaitStatus(driver, id, CommandStatus.WAKING_UP_VEHICLE);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        awaitStatus(driver, id, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.SUCCEEDED, null,
                new CarState(DoorState.UNLOCKED, IgnitionState.OFF, PrivacyMode.SHARING), Instant.now());
        awaitStatus(driver, id, CommandStatus.SUCCEEDED);

        getCommand(driver, id).then()
                .body("failureCause", nullValue())
                .body("outcomeKnown", equalTo(true))
                .body("message", equalTo("The vehicle carried out the command."))
                .body("history.status", contains("ACCEPTED", "WAKING_UP_VEHICLE", "SENT_TO_VEHICLE", "SUCCEEDED"));
        stateOf(driver, vin).then().statusCode(200)
                .body("doors", equalTo("UNLOCKED"))
                .body("ignition", equalTo("OFF"))
                .body("privacyMode", equalTo("SHARING"));
    }

    @Test
    void lockingALockedCarIsAlreadyDone() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.LOCK);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.ALREADY_DONE, null,
                new CarState(DoorState.LOCKED, IgnitionState.OFF, PrivacyMode.SHARING), Instant.now());
        awaitStatus(driver, id, CommandStatus.ALREADY_DONE);
        getCommand(driver, id).then().body("outcomeKnown", equalTo(true))
                .body("message", containsString("already"))
                .body("history.status", contains("ACCEPTED", "SENT_TO_VEHICLE", "ALREADY_DONE"));
        stateOf(driver, vin).then().body("doors", equalTo("LOCKED"));
    }

    @Test
    void aFailureCarriesItsCauseInPlainWords() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.UNLOCK);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.FAILED, FailureCause.PRIVACY_MODE,
                new CarState(DoorState.LOCKED, IgnitionState.OFF, PrivacyMode.PRIVATE), Instant.now());
        awaitStatus(driver, id, CommandStatus.FAILED);
        getCommand(driver, id).then()
                .body("failureCause", equalTo("PRIVACY_MODE"))
                .body("message", equalTo(FailureCause.PRIVACY_MODE.message()))
                .body("outcomeKnown", equalTo(true));
    }

    @ParameterizedTest
    @EnumSource(value = FailureCause.class, names = { "WAKE_UP_LIMIT_REACHED", "BAD_SIGNATURE" })
    void aRejectionEndsTheCommandWithItsCause(FailureCause cause) {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.LIGHTS);
        ack(id, vin, CommandStatus.REJECTED, cause, null, Instant.now());
        awaitStatus(driver, id, CommandStatus.REJECTED);
        getCommand(driver, id).then().body("failureCause", equalTo(cause.name()))
                .body("message", equalTo(cause.message()));
    }

    @Test
    void aCommandTheBridgeCouldNotDeliverInTimeExpires() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.LOCK);
        ack(id, vin, CommandStatus.WAKING_UP_VEHICLE);
        ack(id, vin, CommandStatus.EXPIRED, FailureCause.VEHICLE_UNREACHABLE, null, Instant.now());
        awaitStatus(driver, id, CommandStatus.EXPIRED);
        getCommand(driver, id).then().body("failureCause", equalTo("VEHICLE_UNREACHABLE"))
                .body("history.status", contains("ACCEPTED", "WAKING_UP_VEHICLE", "EXPIRED"));
    }

    @Test
    void theBridgesTimeoutSaysTheOutcomeIsUnknown() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.UNLOCK);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.TIMED_OUT, FailureCause.NO_ANSWER, null, Instant.now());
        awaitStatus(driver, id, CommandStatus.TIMED_OUT);
        getCommand(driver, id).then().body("outcomeKnown", equalTo(false))
                .body("message", containsString("outcome is unknown"));
    }

    @Test
    void duplicateLateAndBackwardAcksChangeNothing() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.LOCK);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.WAKING_UP_VEHICLE);
        ack(id, vin, CommandStatus.SUCCEEDED);
        ack(id, vin, CommandStatus.SUCCEEDED);
        ack(id, vin, CommandStatus.FAILED, FailureCause.VEHICLE_ERROR, null, Instant.now());
        ack(id, vin, CommandStatus.TIMED_OUT);
        // an ack for a command nobody knows is dropped too, and consumption goes on
        ack(UUID.randomUUID(), vin, CommandStatus.SUCCEEDED);
        UUID marker = submit(driver, vin, CommandType.LIGHTS);
        ack(marker, vin, CommandStatus.SUCCEEDED);
        awaitStatus(driver, marker, CommandStatus.SUCCEEDED);

        getCommand(driver, id).then().body("status", equalTo("SUCCEEDED"))
                .body("failureCause", nullValue())
                .body("history.status", contains("ACCEPTED", "SENT_TO_VEHICLE", "SUCCEEDED"));
    }

    @Test
    void withoutAnyAnswerTheWatchdogEndsTheCommandTimedOutWithAnUnknownOutcome() {
        String vin = newVin();
        enroll(driver, vin);
        MetricsScrape before = metrics();
        UUID id = submit(driver, vin, CommandType.UNLOCK);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);

        // test profile: ttl 10 s, grace 2 s
        await().atMost(Duration.ofSeconds(40)).until(() -> "TIMED_OUT".equals(Fixture.statusOf(driver, id)));
        var view = getCommand(driver, id).then()
                .body("failureCause", equalTo("NO_ANSWER"))
                .body("outcomeKnown", equalTo(false))
                .body("message", containsString("outcome is unknown"))
                .body("history.status", contains("ACCEPTED", "SENT_TO_VEHICLE", "TIMED_OUT"))
                .extract();
        Instant expiresAt = Instant.parse(view.path("expiresAt"));
        Instant timedOutAt = Instant.parse(view.path("updatedAt"));
        assertThat(timedOutAt).isAfterOrEqualTo(expiresAt.plusSeconds(2));
        // the watchdog's timeouts count, and their latency is in the histogram like any other outcome
        MetricsScrape after = metrics();
        assertThat(after.sum("remote_commands_timed_out_total"))
                .isGreaterThanOrEqualTo(before.sum("remote_commands_timed_out_total") + 1);
        String latencyCount = "remote_commands_latency_seconds_count";
        assertThat(after.sum(latencyCount, "type", "UNLOCK", "outcome", "TIMED_OUT"))
                .isGreaterThanOrEqualTo(before.sum(latencyCount, "type", "UNLOCK", "outcome", "TIMED_OUT") + 1);

        // a late answer changes nothing: the outcome stays unknown rather than being rewritten
        ack(id, vin, CommandStatus.SUCCEEDED);
        UUID marker = submit(driver, vin, CommandType.LIGHTS);
        ack(marker, vin, CommandStatus.SUCCEEDED);
        awaitStatus(driver, marker, CommandStatus.SUCCEEDED);
        getCommand(driver, id).then().body("status", equalTo("TIMED_OUT"));
    }
}
