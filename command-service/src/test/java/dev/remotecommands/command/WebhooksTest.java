package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.ack;
import static dev.remotecommands.command.testing.Fixture.awaitStatus;
import static dev.remotecommands.command.testing.Fixture.enroll;
import static dev.remotecommands.command.testing.Fixture.newVin;
import static dev.remotecommands.command.testing.Fixture.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.remotecommands.command.testing.WebhookReceiver;
import dev.remotecommands.command.testing.WebhookReceiver.Attempt;
import dev.remotecommands.command.testing.WebhookReceiver.Behaviour;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.infrastructure.LocalRealm;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Outcomes pushed to the BFF: the BFF (here the operator, who has the role webhook-admin, signed in through the
 * mobile-app client like the drivers) registers one webhook for its client, and every status change of the commands
 * sent through that client is POSTed to a receiver inside the test, signed, retried, parked and re-sent.
 */
@QuarkusTest
class WebhooksTest {

    private static final String SECRET = "test-secret-0123456789abcdef0123456789";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private static WebhookReceiver receiver;
    /** The application's port: Quarkus resets RestAssured's after each test, before {@link AfterAll}. */
    private static int applicationPort;

    private final Account driver = RealmDrivers.driver();
    private final Account admin = RealmDrivers.operator();

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void removeWebhookAndStopReceiver() {
        // so that the commands of the test classes after this one are not delivered anywhere
        given().port(applicationPort).auth().oauth2(RealmDrivers.operator().accessToken()).delete("/v1/webhook")
                .then().statusCode(204);
        receiver.close();
    }

    @BeforeEach
    void registerReceiver() {
        applicationPort = RestAssured.port;
        register(admin, receiver.url(), SECRET).then().statusCode(200);
    }

    @Test
    void aRegistrationNeedsAnHttpsUrlALongSecretAndTheWebhookAdminRole() {
        register(admin, "http://bff.example.com/hooks", SECRET).then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("url"));
        register(admin, "https://user:password@localhost/hooks", SECRET).then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("url"));
        register(admin, "https://localhost/hooks", "too-short").then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("secret"));
        register(driver, receiver.url(), SECRET).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(driver.accessToken()).get("/v1/webhook").then().statusCode(403);
        given().auth().oauth2(driver.accessToken()).delete("/v1/webhook").then().statusCode(403);

        // the refused registrations changed nothing; the secret is never shown
        Response shown = given().auth().oauth2(admin.accessToken()).get("/v1/webhook");
        shown.then().statusCode(200)
                .body("url", equalTo(receiver.url()))
                .body("clientId", equalTo(LocalRealm.CLIENT_ID))
                .body("secret", nullValue());
        assertThat(shown.asString()).doesNotContain(SECRET);

        given().auth().oauth2(admin.accessToken()).delete("/v1/webhook").then().statusCode(204);
        given().auth().oauth2(admin.accessToken()).get("/v1/webhook").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(admin.accessToken()).delete("/v1/webhook").then().statusCode(404);
    }

    @Test
    void everyStatusChangeOfACommandIsPostedSignedAndInOrder() {
        String vin = newVin();
        enroll(driver, vin);
        Instant before = Instant.now();
        UUID id = submit(driver, vin, CommandType.UNLOCK);
        ack(id, vin, CommandStatus.WAKING_UP_VEHICLE);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.SUCCEEDED);

        List<Attempt> delivered = awaitDelivered(vin, 4);
        assertThat(delivered).extracting(attempt -> attempt.json().getString("status"))
                .containsExactly("ACCEPTED", "WAKING_UP_VEHICLE", "SENT_TO_VEHICLE", "SUCCEEDED");
        assertThat(delivered).extracting(attempt -> attempt.json().getLong("sequence")).isSorted()
                .doesNotHaveDuplicates();
        assertThat(delivered).extracting(Attempt::webhookId).doesNotHaveDuplicates();
        assertThat(delivered).extracting(attempt -> attempt.json().getBoolean("terminal"))
                .containsExactly(false, false, false, true);
        for (Attempt attempt : delivered) {
            assertThat(attempt.json().getString("eventId")).isEqualTo(attempt.webhookId());
            assertThat(attempt.json().getString("commandId")).isEqualTo(id.toString());
            assertThat(Instant.ofEpochSecond(Long.parseLong(attempt.timestamp())))
                    .isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5));
            assertSignedWithTheSecret(attempt);
        }
    }

    @Test
    void aSignatureWithAnotherSecretOrAnotherBodyDoesNotVerify() {
        String vin = newVin();
        enroll(driver, vin);
        submit(driver, vin, CommandType.LOCK);
        Attempt attempt = awaitDelivered(vin, 1).get(0);

        // the check of the other tests can fail: it tells a forged or altered delivery from a real one
        assertThat(signatureMatches(attempt, "another-secret-0123456789abcdef012345", attempt.body())).isFalse();
        assertThat(signatureMatches(attempt, SECRET, attempt.body().replace(vin, newVin()))).isFalse();
        assertThat(signatureMatches(attempt, SECRET, attempt.body())).isTrue();
    }

    @Test
    void aFailedPostIsRetriedWithTheSameEventIdAndTheLaterChangesWaitForIt() {
        String vin = newVin();
        enroll(driver, vin);
        receiver.answer(vin, Behaviour.FAIL, 3, Behaviour.ACCEPT);
        UUID id = submit(driver, vin, CommandType.LOCK);
        ack(id, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(id, vin, CommandStatus.SUCCEEDED);

        List<Attempt> delivered = awaitDelivered(vin, 3);
        assertThat(delivered).extracting(attempt -> attempt.json().getString("status"))
                .containsExactly("ACCEPTED", "SENT_TO_VEHICLE", "SUCCEEDED");
        List<Attempt> attempts = receiver.attemptsFor(vin);
        List<Attempt> failed = attempts.stream().filter(attempt -> !attempt.accepted()).toList();
        assertThat(failed).hasSize(3)
                .extracting(Attempt::webhookId).containsOnly(delivered.get(0).webhookId());
        // each attempt is signed afresh, and the later changes came only after the first got through
        attempts.forEach(WebhooksTest::assertSignedWithTheSecret);
        assertThat(attempts.subList(0, 4)).extracting(Attempt::webhookId).containsOnly(delivered.get(0).webhookId());
    }

    @Test
    void aDeliveryThatFailsForTheWholeRetryTimeIsParkedForAnOperatorToResend() {
        String vin = newVin();
        enroll(driver, vin);
        receiver.answer(vin, Behaviour.FAIL);
        UUID id = submit(driver, vin, CommandType.LOCK);
        ack(id, vin, CommandStatus.SUCCEEDED);
        awaitStatus(driver, id, CommandStatus.SUCCEEDED);

        List<Map<String, Object>> parked = awaitDeadLetters(id, 2);
        assertThat(parked).extracting(letter -> letter.get("status")).containsExactly("SUCCEEDED", "ACCEPTED");
        assertThat(parked).allSatisfy(letter -> {
            assertThat(letter.get("clientId")).isEqualTo(LocalRealm.CLIENT_ID);
            assertThat((String) letter.get("lastError")).contains("500");
        });
        assertThat(receiver.deliveredFor(vin)).isEmpty();
        given().auth().oauth2(driver.accessToken()).get("/v1/operator/webhook-dead-letters").then().statusCode(403);
        String acceptedEvent = (String) parked.get(1).get("eventId");
        given().auth().oauth2(driver.accessToken()).post("/v1/operator/webhook-dead-letters/{id}/resend", acceptedEvent)
                .then().statusCode(403);

        receiver.answer(vin, Behaviour.ACCEPT);
        resend(acceptedEvent).then().statusCode(202);
        List<Attempt> delivered = awaitDelivered(vin, 1);
        assertThat(delivered.get(0).webhookId()).isEqualTo(acceptedEvent);
        assertThat(delivered.get(0).json().getString("status")).isEqualTo("ACCEPTED");
        assertSignedWithTheSecret(delivered.get(0));
        assertThat(deadLettersOf(id)).extracting(letter -> letter.get("eventId"))
                .containsExactly(parked.get(0).get("eventId"));
        resend(acceptedEvent).then().statusCode(404).contentType("application/problem+json");
        resend(UUID.randomUUID().toString()).then().statusCode(404);
    }

    @Test
    void aHangingWebhookDoesNotHoldTheCommandBack() {
        String vin = newVin();
        enroll(driver, vin);
        receiver.answer(vin, Behaviour.HANG);
        UUID first = submit(driver, vin, CommandType.LOCK);
        await().atMost(DELIVERY).until(() -> !receiver.attemptsFor(vin).isEmpty());

        // while the webhook has not answered anything, the command goes its way and the next one is accepted
        ack(first, vin, CommandStatus.SENT_TO_VEHICLE);
        ack(first, vin, CommandStatus.SUCCEEDED);
        awaitStatus(driver, first, CommandStatus.SUCCEEDED);
        submit(driver, vin, CommandType.UNLOCK);
        assertThat(receiver.deliveredFor(vin)).isEmpty();

        // a POST without an answer in time counts as failed: after the retry time it is parked like any other
        List<Map<String, Object>> parked = awaitDeadLetters(first, 1);
        assertThat(parked.get(0).get("status")).isEqualTo("ACCEPTED");
        assertThat(receiver.deliveredFor(vin)).isEmpty();
    }

    private static Response register(Account account, String url, String secret) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "secret", secret)).put("/v1/webhook");
    }

    private Response resend(String eventId) {
        return given().auth().oauth2(admin.accessToken())
                .post("/v1/operator/webhook-dead-letters/{id}/resend", eventId);
    }

    private static List<Attempt> awaitDelivered(String vin, int count) {
        await().atMost(DELIVERY).until(() -> receiver.deliveredFor(vin).size() >= count);
        return receiver.deliveredFor(vin);
    }

    /** The dead letters of this command, newest first. */
    private List<Map<String, Object>> deadLettersOf(UUID commandId) {
        List<Map<String, Object>> letters = given().auth().oauth2(admin.accessToken())
                .get("/v1/operator/webhook-dead-letters?limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return letters.stream().filter(letter -> commandId.toString().equals(letter.get("commandId"))).toList();
    }

    private List<Map<String, Object>> awaitDeadLetters(UUID commandId, int count) {
        await().atMost(DELIVERY).until(() -> deadLettersOf(commandId).size() >= count);
        return deadLettersOf(commandId);
    }

    private static void assertSignedWithTheSecret(Attempt attempt) {
        assertThat(signatureMatches(attempt, SECRET, attempt.body()))
                .as("signature %s of event %s", attempt.signature(), attempt.webhookId()).isTrue();
    }

    /**
     * The receiver's check, written from the Standard Webhooks scheme rather than taken from the service: HMAC-SHA256
     * keyed with the secret's UTF-8 bytes over {@code id.timestamp.body}, base64, one of the space-separated
     * {@code v1,<signature>} entries of the header.
     */
    private static boolean signatureMatches(Attempt attempt, String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((attempt.webhookId() + "." + attempt.timestamp() + "." + body)
                    .getBytes(StandardCharsets.UTF_8));
            return Arrays.stream(attempt.signature().split(" "))
                    .filter(entry -> entry.startsWith("v1,"))
                    .map(entry -> Base64.getDecoder().decode(entry.substring(3)))
                    .anyMatch(given -> MessageDigest.isEqual(given, expected));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
