package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.activatedVehicle;
import static dev.remotecommands.enrollment.testing.Fixture.as;
import static dev.remotecommands.enrollment.testing.Fixture.expect;
import static dev.remotecommands.enrollment.testing.Fixture.now;
import static dev.remotecommands.enrollment.testing.Fixture.otpRequested;
import static dev.remotecommands.enrollment.testing.Fixture.postPhone;
import static dev.remotecommands.enrollment.testing.Fixture.verifyPhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.OtpDeliveryReported;
import dev.remotecommands.contracts.otp.OtpDeliveryStatus;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.contracts.otp.OtpVerificationOutcome;
import dev.remotecommands.enrollment.testing.FakeOtpService;
import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import dev.remotecommands.infrastructure.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@QuarkusTest
class TrustedPhoneTest {

    private final Account driver = RealmDrivers.driver();

    @BeforeEach
    void freshAccount() {
        Fixture.forget(driver);
    }

    @Test
    void aPhoneBeforeAnyActivationIsRefusedNamingTheActivation() {
        Response response = postPhone(driver);
        expect(response, 409);
        assertThat(response.<String>path("nextStep")).isEqualTo("ACTIVATION");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theNumberIsNormalisedAndA6DigitCodeIsRequestedThroughTheOutbox() {
        activatedVehicle(driver);
        Instant since = now();
        Response response = postPhone(driver);
        expect(response, 202);
        assertThat(response.<String>path("phone")).isEqualTo("+33 6 ** ** ** 78");
        assertThat(response.<Integer>path("codeLength")).isEqualTo(6);
        assertThat(Instant.parse(response.path("expiresAt"))).isAfter(since.plus(Duration.ofMinutes(9)));
        assertThat(response.<String>path("resendAvailableAt")).isNotNull();

        Map<String, Object> event = otpRequested(driver, OtpPurpose.TRUSTED_PHONE, since);
        assertThat(event).containsEntry("phone", "+33612345678").containsEntry("codeLength", 6)
                .containsEntry("accountId", driver.id());
        Response read = as(driver).get("/v1/trusted-phone");
        assertThat(read.<String>path("status")).isEqualTo("PENDING");
    }

    @Test
    void anInvalidNumberIs422() {
        activatedVehicle(driver);
        for (Map<String, String> body : new Map[] { Map.of("country", "FR", "number", "12"),
                Map.of("country", "FR", "number", "01 23 45 67 89"), // fixed line: no SMS
                Map.of("country", "XX", "number", "06 12 34 56 78"), Map.of("country", "FR", "number", "abc"),
                Map.of("number", "06 12 34 56 78") }) {
            Response response = as(driver).body(body).post("/v1/trusted-phone");
            expect(response, 422);
            assertThat(response.<String>path("type")).endsWith("/invalid-phone-number");
        }
    }

    @Test
    void aResendDuringTheCooldownIs429WithRetryAfterAndOnlyTheNewestCodeCounts() {
        activatedVehicle(driver);
        Instant since = now();
        expect(postPhone(driver), 202);
        String first = (String) otpRequested(driver, OtpPurpose.TRUSTED_PHONE, since).get("requestId");

        Response tooSoon = as(driver).post("/v1/trusted-phone/code/resend");
        expect(tooSoon, 429);
        assertThat(Integer.parseInt(tooSoon.header("Retry-After"))).isBetween(1, 2);

        Instant beforeResend = now();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> as(driver).post("/v1/trusted-phone/code/resend").statusCode() == 202);
        String second = (String) otpRequested(driver, OtpPurpose.TRUSTED_PHONE, beforeResend).get("requestId");
        assertThat(second).isNotEqualTo(first);

        FakeOtpService.expectCode(first, "111111");
        FakeOtpService.expectCode(second, "222222");
        expect(verifyPhone(driver, "111111"), 422); // the old code is no longer asked about
        expect(verifyPhone(driver, "222222"), 200);
        assertThat(as(driver).get("/v1/trusted-phone").<String>path("status")).isEqualTo("DEFINED");
    }

    @Test
    void everyOutcomeOfTheCheckGetsItsAnswer() {
        activatedVehicle(driver);
        Instant since = now();
        expect(postPhone(driver), 202);
        String requestId = (String) otpRequested(driver, OtpPurpose.TRUSTED_PHONE, since).get("requestId");

        Response malformed = verifyPhone(driver, "12a456");
        expect(malformed, 422);
        assertThat(malformed.<String>path("type")).endsWith("/malformed-code");
        expect(verifyPhone(driver, "12345"), 422);
        assertThat(FakeOtpService.checksOf(requestId)).isZero(); // no attempt used

        FakeOtpService.answer(requestId, OtpVerificationOutcome.WRONG, 3);
        Response wrong = verifyPhone(driver, "000000");
        expect(wrong, 422);
        assertThat(wrong.<Integer>path("attemptsLeft")).isEqualTo(3);

        FakeOtpService.answer(requestId, OtpVerificationOutcome.EXPIRED, 0);
        expect(verifyPhone(driver, "000000"), 410);

        FakeOtpService.answer(requestId, OtpVerificationOutcome.EXHAUSTED, 0);
        Response exhausted = verifyPhone(driver, "000000");
        expect(exhausted, 429);
        assertThat(exhausted.<String>path("detail")).contains("new code");

        FakeOtpService.answer(requestId, OtpVerificationOutcome.UNKNOWN, 0);
        Response unknown = verifyPhone(driver, "000000");
        expect(unknown, 409);
        assertThat(unknown.<String>path("detail")).contains("not been sent yet");

        FakeOtpService.hang(requestId);
        Response unavailable = verifyPhone(driver, "000000");
        expect(unavailable, 503);
        assertThat(unavailable.header("Retry-After")).isNotNull();

        FakeOtpService.answer(requestId, OtpVerificationOutcome.VALID, 0);
        Response valid = verifyPhone(driver, "000000");
        expect(valid, 200);
        assertThat(valid.<String>path("status")).isEqualTo("DEFINED");
    }

    @Test
    void aVerificationBeforeAnyCodeIs409() {
        activatedVehicle(driver);
        expect(verifyPhone(driver, "123456"), 409);
        expect(as(driver).post("/v1/trusted-phone/code/resend"), 409);
        expect(as(driver).get("/v1/trusted-phone"), 404);
    }

    @Test
    void theLastDeliveryReportIsShownSoTheAppCanSayTheSmsFailed() {
        activatedVehicle(driver);
        Instant since = now();
        expect(postPhone(driver), 202);
        UUID requestId = UUID.fromString((String) otpRequested(driver, OtpPurpose.TRUSTED_PHONE, since)
                .get("requestId"));

        OtpDeliveryReported failed = new OtpDeliveryReported(requestId, driver.id(), OtpDeliveryStatus.FAILED,
                "PROVIDER_ERROR", Instant.now());
        TestKafka.produce(Topics.OTP_DELIVERY_REPORTED, driver.id(), failed);
        TestKafka.produce(Topics.OTP_DELIVERY_REPORTED, driver.id(), failed); // a redelivery changes nothing

        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(
                as(driver).get("/v1/trusted-phone").path("lastDelivery.status")));
        assertThat(as(driver).get("/v1/trusted-phone").<String>path("lastDelivery.reason"))
                .isEqualTo("PROVIDER_ERROR");
    }
}
