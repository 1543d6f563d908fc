package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.ack;
import static dev.remotecommands.command.testing.Fixture.awaitStatus;
import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.stateOf;
import static dev.remotecommands.command.testing.Fixture.submit;
import static dev.remotecommands.infrastructure.testing.TestKafka.produce;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.VehicleStateReported;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

@QuarkusTest
class VehicleStateAndHistoryTest {

    private final Account driver = RealmDrivers.driver();

    @Test
    void beforeAnyReportTheStateIsUnknown() {
        String vin = newVin();
        enroll(driver, vin);
        stateOf(driver, vin).then().statusCode(200)
                .body("doors", equalTo("UNKNOWN"))
                .body("ignition", nullValue())
                .body("privacyMode", nullValue())
                .body("presence", nullValue())
                .body("reportedAt", nullValue());
    }

    @Test
    void reportsMergeAndAnOlderReportChangesNothing() {
        String vin = newVin();
        enroll(driver, vin);
        Instant t0 = Instant.now().minusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        produce(Topics.VEHICLE_STATE_REPORTED, vin, new VehicleStateReported(vin, DoorState.LOCKED, IgnitionState.OFF,
                PrivacyMode.SHARING, null, t0));
        // a presence-only report leaves the doors as they were
        produce(Topics.VEHICLE_STATE_REPORTED, vin, new VehicleStateReported(vin, null, null, null, Presence.ASLEEP,
                t0.plusSeconds(10)));
        // an older report arriving late is ignored
        produce(Topics.VEHICLE_STATE_REPORTED, vin, new VehicleStateReported(vin, DoorState.UNLOCKED, IgnitionState.ON,
                PrivacyMode.PRIVATE, Presence.ONLINE, t0.minusSeconds(10)));
        // garbage on the topic goes to the dead-letter topic and the next report still counts
        produce(Topics.VEHICLE_STATE_REPORTED, vin, "{not json");
        produce(Topics.VEHICLE_STATE_REPORTED, vin, new VehicleStateReported(vin, null, IgnitionState.ON, null, null,
                t0.plusSeconds(20)));
        // presence and condition travel apart: a presence report older than the last condition report but newer
        // than the last presence report still counts
        produce(Topics.VEHICLE_STATE_REPORTED, vin, new VehicleStateReported(vin, null, null, null, Presence.ONLINE,
                t0.plusSeconds(15)));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ONLINE".equals(stateOf(driver, vin).path("presence")));
        stateOf(driver, vin).then()
                .body("doors", equalTo("LOCKED"))
                .body("ignition", equalTo("ON"))
                .body("privacyMode", equalTo("SHARING"))
                .body("reportedAt", equalTo(t0.plusSeconds(20).toString()));
    }

    @Test
    void theCommandListShowsTheAccountsCommandsNewestFirst() {
        String vin = newVin();
        enroll(driver, vin);
        UUID first = submit(driver, vin, CommandType.LOCK);
        ack(first, vin, CommandStatus.SUCCEEDED);
        awaitStatus(driver, first, CommandStatus.SUCCEEDED);
        UUID second = submit(driver, vin, CommandType.LIGHTS);
        UUID third = submit(driver, vin, CommandType.UNLOCK);

        given().auth().oauth2(driver.accessToken()).when().get("/v1/vehicles/{vin}/commands", vin)
                .then().statusCode(200)
                .body("id", contains(third.toString(), second.toString(), first.toString()))
                .body("[2].history.status", contains("ACCEPTED", "SUCCEEDED"));
        given().auth().oauth2(driver.accessToken()).queryParam("limit", 2).when().get("/v1/vehicles/{vin}/commands", vin)
                .then().statusCode(200).body("$", hasSize(2));
    }
}
