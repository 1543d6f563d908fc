package dev.remotecommands.otp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

class SendingPolicyTest {

    private static final Optional<String> FRANCE = Optional.of("FR");

    private final SendingPolicy policy = new SendingPolicy(Set.of("FR", " de ", "GB"), Duration.ofSeconds(30), 5, 10);

    @Test
    void aFirstCodeToAnAllowedCountryGoesOut() {
        assertThat(policy.refusal(FRANCE, new SendingHistory(false, 0, 0))).isEmpty();
        assertThat(policy.refusal(Optional.of("DE"), new SendingHistory(false, 0, 0))).isEmpty();
    }

    @Test
    void aNumberOfAnotherCountryOrOfNoneIsRefused() {
        assertThat(policy.refusal(Optional.of("US"), new SendingHistory(false, 0, 0)))
                .contains(ThrottleReason.COUNTRY_NOT_ALLOWED);
        assertThat(policy.refusal(Optional.empty(), new SendingHistory(false, 0, 0)))
                .contains(ThrottleReason.COUNTRY_NOT_ALLOWED);
    }

    @Test
    void aCodeWithinTheCooldownIsRefused() {
        assertThat(policy.refusal(FRANCE, new SendingHistory(true, 1, 1))).contains(ThrottleReason.RESEND_COOLDOWN);
    }

    @Test
    void thePhoneLimitAllowsExactlyItsNumberOfCodesPerHour() {
        assertThat(policy.refusal(FRANCE, new SendingHistory(false, 4, 4))).isEmpty();
        assertThat(policy.refusal(FRANCE, new SendingHistory(false, 5, 5))).contains(ThrottleReason.PHONE_HOURLY_LIMIT);
    }

    @Test
    void theAccountLimitAllowsExactlyItsNumberOfCodesPerHour() {
        assertThat(policy.refusal(FRANCE, new SendingHistory(false, 0, 9))).isEmpty();
        assertThat(policy.refusal(FRANCE, new SendingHistory(false, 0, 10)))
                .contains(ThrottleReason.ACCOUNT_HOURLY_LIMIT);
    }

    @Test
    void theCountryIsCheckedFirstThenTheCooldownThenThePhoneThenTheAccount() {
        assertThat(policy.refusal(Optional.of("US"), new SendingHistory(true, 9, 99)))
                .contains(ThrottleReason.COUNTRY_NOT_ALLOWED);
        assertThat(policy.refusal(FRANCE, new SendingHistory(true, 9, 99))).contains(ThrottleReason.RESEND_COOLDOWN);
        assertThat(policy.refusal(FRANCE, new SendingHistory(false, 9, 99)))
                .contains(ThrottleReason.PHONE_HOURLY_LIMIT);
    }

    @Test
    void theWindowsEndAtTheRequestTime() {
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        assertThat(policy.cooldownStart(at)).isEqualTo(Instant.parse("2026-11-26T09:59:30Z"));
        assertThat(policy.hourStart(at)).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
    }
}
