package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.DEVICE;
import static dev.remotecommands.enrollment.testing.Fixture.SAFETY_CODE;
import static dev.remotecommands.enrollment.testing.Fixture.activatedVehicle;
import static dev.remotecommands.enrollment.testing.Fixture.as;
import static dev.remotecommands.enrollment.testing.Fixture.expect;
import static dev.remotecommands.enrollment.testing.Fixture.now;
import static dev.remotecommands.enrollment.testing.Fixture.otpRequested;
import static dev.remotecommands.enrollment.testing.Fixture.verifyPhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.contracts.session.SessionsEndReason;
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

/**
 * A driver replaces the trusted phone (issue 13, item 2): the safety code on a registered device, then the 6-digit
 * code sent to the new number; the old number is told, and every remote session opened before ends.
 */
@QuarkusTest
class TrustedPhoneChangeTest {

    private static final String OLD_NUMBER = "+33612345678";
    private static final String NEW_NUMBER = "+33798765433";

    private final Account driver = RealmDrivers.driver();

    @BeforeEach
    void certified() {
        Fixture.forget(driver);
        activatedVehicle(driver);
        Fixture.certifiedAccount(driver);
    }

    @Test
    void theCodeSentToTheNewNumberConfirmsItTheOldNumberIsToldAndTheSessionsEnd() {
        Instant since = now();
        // the certification's own code went out a moment ago: the change waits for the same cooldown as step 1
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                .until(() -> change(SAFETY_CODE).statusCode() == 202);
        Map<String, Object> code = otpRequested(driver, OtpPurpose.TRUSTED_PHONE, since);
        assertThat(code.get("phone")).isEqualTo(NEW_NUMBER);
        // until the new number is verified, the old one stays the trusted phone
        Response pending = as(driver).get("/v1/trusted-phone");
        expect(pending, 200);
        assertThat(pending.<String>path("status")).isEqualTo("PENDING");
        assertThat(pending.<String>path("definedPhone")).endsWith("78");

        FakeOtpService.expectCode(code.get("requestId").toString(), "654321");
        expect(verifyPhone(driver, "654321"), 200);

        Map<String, Object> notice = otpRequested(driver, OtpPurpose.TRUSTED_PHONE_CHANGED, since);
        assertThat(notice.get("phone")).isEqualTo(OLD_NUMBER);
        Fixture.sessionsEnded(driver, SessionsEndReason.TRUSTED_PHONE_CHANGED, since);
        Response defined = as(driver).get("/v1/trusted-phone");
        assertThat(defined.<String>path("status")).isEqualTo("DEFINED");
        assertThat(defined.<String>path("phone")).endsWith("33");
        assertThat(defined.<String>path("definedPhone")).isNull();
    }

    @Test
    void aWrongSafetyCodeCountsTowardTheLockoutAndSendsNothing() {
        Instant since = now();
        Response wrong = change("9999");
        expect(wrong, 422);
        assertThat(wrong.<Integer>path("attemptsLeft")).isEqualTo(2);
        assertThat(TestKafka.events(Topics.OTP_REQUESTED, driver.id(), 0, event -> NEW_NUMBER.equals(event.get("phone"))
                && !Instant.parse((String) event.get("at")).isBefore(since))).isEmpty();
    }

    @Test
    void defininingAPhoneAgainIsRefusedChangingItIsTheWay() {
        Response again = as(driver).body(Map.of("country", "FR", "number", "07 98 76 54 33")).post("/v1/trusted-phone");
        expect(again, 409);
        assertThat(again.<String>path("type")).endsWith("/trusted-phone-already-defined");
    }

    private Response change(String safetyCode) {
        return as(driver).body(Map.of("deviceId", DEVICE, "safetyCode", safetyCode, "country", "FR",
                "number", "07 98 76 54 33")).put("/v1/trusted-phone");
    }
}
