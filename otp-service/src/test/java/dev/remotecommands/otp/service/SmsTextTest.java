package dev.remotecommands.otp.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.otp.OtpPurpose;
import org.junit.jupiter.api.Test;

import java.time.Duration;

class SmsTextTest {

    @Test
    void theTextSaysWhatTheCodeIsForHowLongItLivesAndNeverToShareIt() {
        assertThat(SmsText.of(OtpPurpose.TRUSTED_PHONE, "012345", Duration.ofMinutes(10).minusMillis(5)))
                .isEqualTo("Remote Commands: your code to define your trusted phone is 012345. It expires in 10"
                        + " minutes. Never share it.");
        assertThat(SmsText.of(OtpPurpose.DEVICE_REGISTRATION, "123456789", Duration.ofMinutes(5)))
                .contains("register your smartphone is 123456789").contains("5 minutes");
        assertThat(SmsText.of(OtpPurpose.SAFETY_CODE_RESET, "123456", Duration.ofSeconds(20)))
                .contains("reset your safety code").contains("It expires in 1 minute.");
    }
}
