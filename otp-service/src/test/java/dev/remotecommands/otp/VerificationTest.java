package dev.remotecommands.otp;

import static dev.remotecommands.otp.testing.Fixture.newAccount;
import static dev.remotecommands.otp.testing.Fixture.newPhone;
import static dev.remotecommands.otp.testing.Fixture.outcome;
import static dev.remotecommands.otp.testing.Fixture.request;
import static dev.remotecommands.otp.testing.Fixture.sendAndReadCode;
import static dev.remotecommands.otp.testing.Fixture.verify;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.contracts.otp.OtpPurpose;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

@QuarkusTest
class VerificationTest {

    @Test
    void theRightCodeIsValidOnceThenTheChallengeIsUsedUp() {
        OtpRequested request = request(newAccount(), newPhone());
        String code = sendAndReadCode(request);

        verify(request.requestId(), code).then().statusCode(200)
                .body("outcome", equalTo("VALID")).body("attemptsLeft", equalTo(0));
        assertThat(outcome(request.requestId(), code)).isEqualTo("EXHAUSTED");
    }

    @Test
    void aWrongCodeSaysHowManyChecksAreLeftAndFiveWrongOnesExhaustTheChallenge() {
        OtpRequested request = request(newAccount(), newPhone());
        String code = sendAndReadCode(request);
        String wrong = wrongCode(code);

        for (int left = 4; left >= 0; left--) {
            verify(request.requestId(), wrong).then().statusCode(200)
                    .body("outcome", equalTo("WRONG")).body("attemptsLeft", equalTo(left));
        }
        verify(request.requestId(), code).then().statusCode(200)
                .body("outcome", equalTo("EXHAUSTED")).body("attemptsLeft", equalTo(0));
    }

    @Test
    void parallelWrongChecksNeverExceedTheLimit() throws Exception {
        OtpRequested request = request(newAccount(), newPhone());
        String code = sendAndReadCode(request);
        String wrong = wrongCode(code);

        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<String>> guesses = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                guesses.add(() -> outcome(request.requestId(), wrong));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(guesses)) {
                outcomes.add(future.get());
            }
            assertThat(outcomes).filteredOn("WRONG"::equals).hasSize(5);
            assertThat(outcomes).filteredOn("EXHAUSTED"::equals).hasSize(19);
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcome(request.requestId(), code)).isEqualTo("EXHAUSTED");
    }

    @Test
    void anExpiredCodeIsRefused() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OtpRequested request = new OtpRequested(UUID.randomUUID(), newAccount(), newPhone(), OtpPurpose.TRUSTED_PHONE,
                6, now.plusSeconds(3), now);
        String code = sendAndReadCode(request);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> Instant.now().isAfter(request.expiresAt()));
        verify(request.requestId(), code).then().statusCode(200)
                .body("outcome", equalTo("EXPIRED")).body("attemptsLeft", equalTo(0));
    }

    @Test
    void anUnknownChallengeSaysSo() {
        verify(UUID.randomUUID(), "123456").then().statusCode(200)
                .body("outcome", equalTo("UNKNOWN")).body("attemptsLeft", equalTo(0));
    }

    @Test
    void badInputIsABadRequestProblem() {
        verify("not-a-uuid", "123456").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/malformed-request-id"));
        verify(UUID.randomUUID(), "12a456").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/malformed-code"));
        verify(UUID.randomUUID(), "123").then().statusCode(400)
                .body("type", equalTo("https://remote-commands.dev/problems/malformed-code"));
        given().contentType(ContentType.JSON).body("{\"code\": ")
                .when().post("/internal/v1/otp-challenges/{id}/verification", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/malformed-json"));
        // well-formed JSON, but the code is not a string
        given().contentType(ContentType.JSON).body("{\"code\": {\"value\": \"123456\"}}")
                .when().post("/internal/v1/otp-challenges/{id}/verification", UUID.randomUUID())
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/invalid-field"))
                .body("field", equalTo("code"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/internal/v1/otp-challenges/{id}/verification", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/code-required"));
        given().contentType(ContentType.JSON)
                .when().post("/internal/v1/otp-challenges/{id}/verification", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://remote-commands.dev/problems/code-required"));
    }

    private static String wrongCode(String code) {
        char first = code.charAt(0);
        return (first == '9' ? '0' : (char) (first + 1)) + code.substring(1);
    }
}
