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
import dev.remotecommands.command.testing.RemoteSessions;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A command needs a remote session: the driver's safety code entered on a device enabled for the car. */
@QuarkusTest
class RemoteSessionTest {

    private static final String SAFETY_CODE_REQUIRED = "https://remote-commands.dev/problems/safety-code-required";

    private final Account driver = RealmDrivers.driver();
    private final Account otherDriver = RealmDrivers.otherDriver();

    @Test
    void withoutASessionNoCommandTypeIsAccepted() {
        String vin = newVin();
        enroll(driver, vin);

        for (CommandType type : CommandType.values()) {
            assertSafetyCodeRequired(post(driver, vin, type, (String) null), "MISSING")
                    .body("detail", containsString("X-Remote-Session"));
        }
        assertSafetyCodeRequired(post(driver, vin, CommandType.LOCK, " "), "MISSING");
        // and none of them reached the car's history
        given().auth().oauth2(driver.accessToken()).when().get("/v1/vehicles/{vin}/commands", vin)
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void withAValidSessionEveryCommandTypeIsAccepted() {
        String vin = newVin();
        enroll(driver, vin);
        String session = RemoteSessions.of(driver, Fixture.DEVICE);

        for (CommandType type : CommandType.values()) {
            post(driver, vin, type, session).then().statusCode(202).body("type", equalTo(type.name()));
        }
    }

    @Test
    void aTokenThatIsNoSessionIsRefused() {
        String vin = newVin();
        enroll(driver, vin);

        assertSafetyCodeRequired(post(driver, vin, CommandType.UNLOCK, "garbage"), "MALFORMED");
        assertSafetyCodeRequired(post(driver, vin, CommandType.UNLOCK, driver.accessToken()), "NOT_GENUINE");
    }

    @Test
    void aSessionSignedWithAnotherKeyIsRefused() {
        String vin = newVin();
        enroll(driver, vin);
        String forged = RemoteSessions.builder(RemoteSessions.generateKeyPair().getPrivate())
                .subject(driver.id()).device(Fixture.DEVICE).sign();

        assertSafetyCodeRequired(post(driver, vin, CommandType.UNLOCK, forged), "NOT_GENUINE");
    }

    @Test
    void anExpiredSessionIsRefused() {
        String vin = newVin();
        enroll(driver, vin);
        String expired = RemoteSessions.builder().subject(driver.id()).device(Fixture.DEVICE)
                .issuedAt(Instant.now().minus(Duration.ofDays(1))).expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .sign();

        assertSafetyCodeRequired(post(driver, vin, CommandType.UNLOCK, expired), "EXPIRED")
                .body("detail", containsString("expired"));
    }

    @Test
    void aSessionOlderThanSevenDaysIsRefusedEvenIfItsExpiryIsLater() {
        String vin = newVin();
        enroll(driver, vin);
        String old = RemoteSessions.builder().subject(driver.id()).device(Fixture.DEVICE)
                .issuedAt(Instant.now().minus(Duration.ofDays(8))).expiresAt(Instant.now().plus(Duration.ofDays(30)))
                .sign();

        assertSafetyCodeRequired(post(driver, vin, CommandType.UNLOCK, old), "TOO_OLD")
                .body("detail", containsString("older than 7 days"));
    }

    @Test
    void anotherAccountsSessionIsRefused() {
        String vin = newVin();
        enroll(driver, vin);
        enroll(otherDriver, vin);

        assertSafetyCodeRequired(post(driver, vin, CommandType.UNLOCK, RemoteSessions.of(otherDriver, Fixture.DEVICE)),
                "ANOTHER_ACCOUNT").body("detail", containsString("another account"));
    }

    @Test
    void aSessionOfADeviceWithoutAGrantForThisCarIsRefused() {
        String vin = newVin();
        String otherCar = newVin();
        enroll(driver, vin, "phone-for-this-car", Instant.now());
        enroll(driver, otherCar, "phone-for-the-other-car", Instant.now());

        assertSafetyCodeRequired(post(driver, vin, CommandType.LOCK, RemoteSessions.of(driver, "phone-for-the-other-car")),
                "DEVICE_NOT_ENABLED").body("detail", containsString("not enabled for this car"));
        assertSafetyCodeRequired(post(driver, vin, CommandType.LOCK, RemoteSessions.of(driver, "never-registered")),
                "DEVICE_NOT_ENABLED");
        post(driver, vin, CommandType.LOCK, RemoteSessions.of(driver, "phone-for-this-car")).then().statusCode(202);
    }

    @Test
    void removingADeviceEndsItsSessionsAtOnce() {
        String vin = newVin();
        enroll(driver, vin, "phone-a", Instant.now());
        enroll(driver, vin, "phone-b", Instant.now());
        enroll(otherDriver, vin, "marker", Instant.now());
        String sessionOfA = RemoteSessions.of(driver, "phone-a");
        post(driver, vin, CommandType.HORN, sessionOfA).then().statusCode(202);

        revoke(driver, vin, "phone-a", Instant.now());
        // the next revocation with the same key is consumed after it: once it shows, phone-a's has too
        revoke(otherDriver, vin, null, Instant.now());
        awaitHidden(otherDriver, vin);

        assertSafetyCodeRequired(post(driver, vin, CommandType.LIGHTS, sessionOfA), "DEVICE_NOT_ENABLED");
        post(driver, vin, CommandType.LIGHTS, RemoteSessions.of(driver, "phone-b")).then().statusCode(202);
    }

    @Test
    void aCommandThatOutrunsItsCarsActivationIsAskedToRetryRatherThanToldTheCarIsUnknown() {
        String vin = newVin();
        String pairedWithTheCar = RemoteSessions.builder().subject(driver.id()).device(Fixture.DEVICE)
                .claim(RemoteSessionToken.VEHICLES_CLAIM, List.of(newVin(), vin)).sign();

        post(driver, vin, CommandType.LOCK, pairedWithTheCar).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "1")
                .body("type", equalTo("https://remote-commands.dev/problems/activation-in-progress"))
                .body("vin", equalTo(vin));
        // a session that does not name the car, another account's that does, or none: the car is not found
        post(driver, vin, CommandType.LOCK, RemoteSessions.of(driver, Fixture.DEVICE)).then().statusCode(404);
        post(otherDriver, vin, CommandType.LOCK, pairedWithTheCar).then().statusCode(404);
        post(driver, vin, CommandType.LOCK, (String) null).then().statusCode(404);

        enroll(driver, vin);
        post(driver, vin, CommandType.LOCK, pairedWithTheCar).then().statusCode(202);

        // a revocation heard of after the session opened wins over what the session said
        revoke(driver, vin, null, Instant.now());
        awaitHidden(driver, vin);
        post(driver, vin, CommandType.UNLOCK, pairedWithTheCar).then().statusCode(404);
    }

    @Test
    void anotherAccountsCarIsNotFoundBeforeAnySessionCheck() {
        String vin = newVin();
        enroll(driver, vin);

        for (String session : new String[] { null, "garbage", RemoteSessions.of(otherDriver, Fixture.DEVICE),
                RemoteSessions.of(driver, Fixture.DEVICE) }) {
            post(otherDriver, vin, CommandType.UNLOCK, session).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://remote-commands.dev/problems/vehicle-not-found"));
        }
        post(driver, newVin(), CommandType.UNLOCK, (String) null).then().statusCode(404);
    }

    @Test
    void withoutAnAccessTokenTheAnswerIs401EvenWithASession() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .header(RemoteSessionToken.HEADER, RemoteSessions.of(driver, Fixture.DEVICE))
                .body("{\"type\":\"LOCK\"}")
                .when().post("/v1/vehicles/{vin}/commands", newVin())
                .then().statusCode(401)
                .body("type", equalTo("https://remote-commands.dev/problems/unauthenticated"));
    }

    @Test
    void readingNeedsNoSession() {
        String vin = newVin();
        enroll(driver, vin);
        UUID id = submit(driver, vin, CommandType.REFRESH_STATE);
        Fixture.ack(id, vin, CommandStatus.SUCCEEDED);
        Fixture.awaitStatus(driver, id, CommandStatus.SUCCEEDED);

        // no X-Remote-Session on any of these
        stateOf(driver, vin).then().statusCode(200);
        getCommand(driver, id).then().statusCode(200).body("id", equalTo(id.toString()));
        given().auth().oauth2(driver.accessToken()).when().get("/v1/vehicles/{vin}/commands", vin)
                .then().statusCode(200).body("[0].id", equalTo(id.toString()));
        given().auth().oauth2(driver.accessToken()).accept("text/event-stream").when().get("/v1/commands/{id}/events", id)
                .then().statusCode(200).body(containsString("SUCCEEDED"));
    }

    @Test
    void replayingAnAcceptedCommandStillNeedsAValidSession() {
        String vin = newVin();
        enroll(driver, vin);
        String key = UUID.randomUUID().toString();
        String body = "{\"type\":\"UNLOCK\"}";
        String first = post(driver, vin, body, key).then().statusCode(202).extract().path("id");

        assertSafetyCodeRequired(post(driver, vin, body, key, null), "MISSING");
        assertSafetyCodeRequired(post(driver, vin, body, key, RemoteSessions.of(driver, "never-registered")),
                "DEVICE_NOT_ENABLED");
        post(driver, vin, body, key).then().statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    private static io.restassured.response.ValidatableResponse assertSafetyCodeRequired(Response response,
            String reason) {
        return response.then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(SAFETY_CODE_REQUIRED))
                .body("title", equalTo("Safety code required"))
                .body("status", equalTo(403))
                .body("reason", equalTo(reason))
                .body("detail", containsString("POST /v1/remote-sessions"));
    }
}
