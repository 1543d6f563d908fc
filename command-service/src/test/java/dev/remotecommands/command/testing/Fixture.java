package dev.remotecommands.command.testing;

import static dev.remotecommands.infrastructure.testing.TestKafka.produce;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.contracts.vehicle.CarState;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.FailureCause;
import dev.remotecommands.infrastructure.testing.MetricsScrape;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import dev.remotecommands.infrastructure.testing.TestVins;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** What the tests do the way the BFF, the enrollment service and the bridge would. */
public final class Fixture {

    public static final String DEVICE = "phone-1";

    private Fixture() {
    }

    /** A VIN no other test uses, so that tests do not see each other's commands, limits or grants. */
    public static String newVin() {
        return TestVins.fresh("VF7TEST");
    }

    /** Enrolls the account for the car through Kafka, as the enrollment service will, and waits until it counts. */
    public static void enroll(Account account, String vin) {
        enroll(account, vin, DEVICE, Instant.now());
    }

    public static void enroll(Account account, String vin, String deviceId, Instant at) {
        produce(Topics.ENROLLMENT_COMPLETED, vin, new EnrollmentCompleted(account.id(), vin, deviceId, at));
        awaitVisible(account, vin);
    }

    public static void revoke(Account account, String vin, String deviceId, Instant at) {
        produce(Topics.ENROLLMENT_REVOKED, vin, new EnrollmentRevoked(account.id(), vin, deviceId, "test", at));
    }

    public static void awaitVisible(Account account, String vin) {
        await().atMost(Duration.ofSeconds(30)).until(() -> stateOf(account, vin).statusCode() == 200);
    }

    public static void awaitHidden(Account account, String vin) {
        await().atMost(Duration.ofSeconds(30)).until(() -> stateOf(account, vin).statusCode() == 404);
    }

    public static Response stateOf(Account account, String vin) {
        return given().auth().oauth2(account.accessToken()).when().get("/v1/vehicles/{vin}/state", vin);
    }

    /** Posts a command with a valid remote session of the account on {@link #DEVICE}, as the BFF does. */
    public static Response post(Account account, String vin, String body, String idempotencyKey) {
        return post(account, vin, body, idempotencyKey, RemoteSessions.of(account, DEVICE));
    }

    /** Posts a command with this remote-session token ({@code null}: without the header). */
    public static Response post(Account account, String vin, String body, String idempotencyKey, String remoteSession) {
        var request = given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (remoteSession != null) {
            request.header(RemoteSessionToken.HEADER, remoteSession);
        }
        return request.when().post("/v1/vehicles/{vin}/commands", vin);
    }

    public static Response post(Account account, String vin, CommandType type, String remoteSession) {
        return post(account, vin, "{\"type\":\"" + type + "\"}", UUID.randomUUID().toString(), remoteSession);
    }

    public static Response post(Account account, String vin, CommandType type, UUID idempotencyKey) {
        return post(account, vin, "{\"type\":\"" + type + "\"}", idempotencyKey.toString());
    }

    /** Sends a command that must be accepted and returns its id. */
    public static UUID submit(Account account, String vin, CommandType type) {
        Response response = post(account, vin, type, UUID.randomUUID());
        if (response.statusCode() != 202) {
            throw new AssertionError("expected 202 but got " + response.statusCode() + ": " + response.asString());
        }
        return UUID.fromString(response.path("id"));
    }

    public static Response getCommand(Account account, UUID id) {
        return given().auth().oauth2(account.accessToken()).when().get("/v1/commands/{id}", id);
    }

    public static String statusOf(Account account, UUID id) {
        return getCommand(account, id).path("status");
    }

    public static void awaitStatus(Account account, UUID id, CommandStatus status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.name().equals(statusOf(account, id)));
    }

    /** The bridge's report about a command. */
    public static void ack(UUID commandId, String vin, CommandStatus status, FailureCause cause, CarState state,
            Instant at) {
        produce(Topics.COMMAND_ACKED, vin, new CommandAcked(commandId, vin, status, cause, "test", state, at));
    }

    public static void ack(UUID commandId, String vin, CommandStatus status) {
        ack(commandId, vin, status, null, null, Instant.now());
    }

    /** What Prometheus would scrape from the service now. */
    public static MetricsScrape metrics() {
        return MetricsScrape.parse(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
