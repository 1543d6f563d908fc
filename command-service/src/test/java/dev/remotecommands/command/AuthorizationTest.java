package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.awaitHidden;
import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.getCommand;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.post;
import static dev.remotecommands.command.testing.Fixture.revoke;
import static dev.remotecommands.command.testing.Fixture.stateOf;
import static dev.remotecommands.command.testing.Fixture.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.command.testing.Fixture;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import dev.remotecommands.infrastructure.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

@QuarkusTest
class AuthorizationTest {

    private final Account driver = RealmDrivers.driver();
    private final Account otherDriver = RealmDrivers.otherDriver();

    @Test
    void withoutATokenTheAnswerIs401AsAProblem() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"type\":\"LOCK\"}")
                .when().post("/v1/vehicles/{vin}/commands", newVin())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://remote-commands.dev/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("detail", containsString("Authorization: Bearer"));
        given().when().get("/v1/commands/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void aBadTokenIs401AsAProblem() {
        given().auth().oauth2("not-a-token").when().get("/v1/vehicles/{vin}/state", newVin())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/unauthenticated"));
    }

    @Test
    void anotherAccountsCarLooksLikeNoCarAtAll() {
        String vin = newVin();
        enroll(driver, vin);

        post(otherDriver, vin, CommandType.UNLOCK, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/vehicle-not-found"));
        stateOf(otherDriver, vin).then().statusCode(404);
        given().auth().oauth2(otherDriver.accessToken()).when().get("/v1/vehicles/{vin}/commands", vin)
                .then().statusCode(404);
        // and the same answer as for a car nobody enrolled
        post(otherDriver, newVin(), CommandType.UNLOCK, UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://remote-commands.dev/problems/vehicle-not-found"));
    }

    @Test
    void anotherAccountsCommandLooksLikeNoCommandAtAll() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.LIGHTS);

        getCommand(otherDriver, id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/command-not-found"));
        given().auth().oauth2(otherDriver.accessToken()).when().get("/v1/commands/{id}/events", id)
                .then().statusCode(404);
        getCommand(otherDriver, UUID.randomUUID()).then().statusCode(404);
        getCommand(driver, id).then().statusCode(200).body("id", equalTo(id.toString()));
    }

    @Test
    void afterRevocationTheCarAndItsCommandsAreGone() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.REFRESH_STATE);

        revoke(driver, vin, null, Instant.now());
        awaitHidden(driver, vin);

        post(driver, vin, CommandType.LOCK, UUID.randomUUID()).then().statusCode(404);
        getCommand(driver, id).then().statusCode(404);
    }

    @Test
    void revokingOneDeviceLeavesTheAccountsOtherDevices() {
        String vin = newVin();
        enroll(driver, vin, "phone-a", Instant.now());
        enroll(driver, vin, "phone-b", Instant.now());
        enroll(otherDriver, vin, "marker", Instant.now());

        revoke(driver, vin, "phone-a", Instant.now());
        // the next revocation on the same topic and key is consumed after it: once it shows, the first has too
        revoke(otherDriver, vin, null, Instant.now());
        awaitHidden(otherDriver, vin);
        stateOf(driver, vin).then().statusCode(200);

        revoke(driver, vin, "phone-b", Instant.now());
        awaitHidden(driver, vin);
    }

    @Test
    void anOlderEnrollmentArrivingLateDoesNotUndoARevocation() {
        String vin = newVin();
        Instant enrolledAt = Instant.now().minusSeconds(120);
        enroll(driver, vin, Fixture.DEVICE, enrolledAt);
        revoke(driver, vin, null, Instant.now().minusSeconds(60));
        awaitHidden(driver, vin);

        // a replay of the original event, e.g. after a consumer-group reset
        TestKafka.produce(Topics.ENROLLMENT_COMPLETED, vin,
                new EnrollmentCompleted(driver.id(), vin, Fixture.DEVICE, enrolledAt));
        TestKafka.produce(Topics.ENROLLMENT_COMPLETED, vin, new EnrollmentCompleted(driver.id(), vin, "phone-2", enrolledAt));
        // a later event on the same topic and key is consumed after them: once it shows, they were handled
        enroll(otherDriver, vin, "marker", Instant.now());
        stateOf(driver, vin).then().statusCode(404);

        // a genuinely new enrollment enables the car again
        enroll(driver, vin, Fixture.DEVICE, Instant.now());
        stateOf(driver, vin).then().statusCode(200);
    }
}
