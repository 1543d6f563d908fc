package dev.remotecommands.otp;

import static dev.remotecommands.otp.testing.Fixture.exactlyReportsFor;
import static dev.remotecommands.otp.testing.Fixture.inbox;
import static dev.remotecommands.otp.testing.Fixture.metrics;
import static dev.remotecommands.otp.testing.Fixture.newAccount;
import static dev.remotecommands.otp.testing.Fixture.newPhone;
import static dev.remotecommands.otp.testing.Fixture.outcome;
import static dev.remotecommands.otp.testing.Fixture.produce;
import static dev.remotecommands.otp.testing.Fixture.request;
import static dev.remotecommands.otp.testing.Fixture.sendAndAwaitReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.events.OtpRequested;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.infrastructure.testing.MetricsScrape;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

/** The test profile allows 2 codes per phone and 3 per account within the hour; the cooldown is 30 s. */
@QuarkusTest
class SendingLimitsTest {

    private static final String DELIVERIES = "otp_deliveries_total";

    @Test
    void aSecondCodeWithinTheCooldownIsThrottledAndNotSent() {
        String account = newAccount();
        String phone = newPhone();
        OtpRequested first = request(account, phone);
        OtpRequested resend = request(account, phone);

        assertSent(sendAndAwaitReport(first));
        MetricsScrape before = metrics();
        assertThrottled(sendAndAwaitReport(resend), "RESEND_COOLDOWN");
        // a redelivered request is the same refusal: reported and counted once
        produce(resend);
        exactlyReportsFor(account, 2, Duration.ofSeconds(3));
        String[] throttled = { "outcome", "THROTTLED", "reason", "RESEND_COOLDOWN" };
        assertThat(metrics().sum(DELIVERIES, throttled)).isEqualTo(before.sum(DELIVERIES, throttled) + 1);

        assertThat(inbox(phone)).hasSize(1);
        assertThat(outcome(resend.requestId(), "123456")).isEqualTo("EXHAUSTED");
    }

    @Test
    void thePerPhoneHourlyLimitCountsEveryAccountAndPurpose() {
        String phone = newPhone();
        assertSent(sendAndAwaitReport(request(newAccount(), phone, OtpPurpose.TRUSTED_PHONE, 6)));
        assertSent(sendAndAwaitReport(request(newAccount(), phone, OtpPurpose.DEVICE_REGISTRATION, 9)));

        assertThrottled(sendAndAwaitReport(request(newAccount(), phone, OtpPurpose.SAFETY_CODE_RESET, 6)),
                "PHONE_HOURLY_LIMIT");
        assertThat(inbox(phone)).hasSize(2);
    }

    @Test
    void thePerAccountHourlyLimitCountsEveryPhone() {
        String account = newAccount();
        for (int i = 0; i < 3; i++) {
            assertSent(sendAndAwaitReport(request(account, newPhone())));
        }
        String fourthPhone = newPhone();

        assertThrottled(sendAndAwaitReport(request(account, fourthPhone)), "ACCOUNT_HOURLY_LIMIT");
        assertThat(inbox(fourthPhone)).isEmpty();
    }

    @Test
    void aNumberOutsideTheAllowedCountriesGetsNoCode() {
        String americanNumber = "+12015550123";
        OtpRequested request = request(newAccount(), americanNumber);

        assertThrottled(sendAndAwaitReport(request), "COUNTRY_NOT_ALLOWED");
        assertThat(inbox(americanNumber)).isEmpty();
    }

    @Test
    void aThrottledRequestDoesNotCountAgainstTheLimits() {
        String account = newAccount();
        String phone = newPhone();
        assertSent(sendAndAwaitReport(request(account, phone, OtpPurpose.TRUSTED_PHONE, 6)));
        assertThrottled(sendAndAwaitReport(request(account, phone, OtpPurpose.TRUSTED_PHONE, 6)), "RESEND_COOLDOWN");

        // the throttled one did not use the phone's second code of the hour
        assertSent(sendAndAwaitReport(request(account, phone, OtpPurpose.DEVICE_REGISTRATION, 9)));
    }

    private static void assertSent(Map<String, Object> report) {
        assertThat(report).containsEntry("status", "SENT");
    }

    private static void assertThrottled(Map<String, Object> report, String reason) {
        assertThat(report).containsEntry("status", "THROTTLED").containsEntry("reason", reason);
    }
}
