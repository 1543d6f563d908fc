package dev.remotecommands.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyCodeRuleTest {

    @ParameterizedTest
    @ValueSource(strings = { "0000", "7777", "1234", "6789", "7890", "8901", "9012", "3210", "0987", "1098", "9876",
            "1212", "6969", "4545", "1122", "3344", "1004", "2580", "1987", "2000", "2024", "1900" })
    void tooEasyCodesAreRefused(String code) {
        assertThat(SafetyCodeRule.weakness(code)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "4831", "5927", "7302", "3819", "1357", "8642", "3196", "0472" })
    void otherCodesAreAccepted(String code) {
        assertThat(SafetyCodeRule.weakness(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "123", "12345", "12a4", " 123", "١٢٣٤" })
    void onlyFourAsciiDigitsAreWellFormed(String code) {
        assertThat(SafetyCodeRule.isWellFormed(code)).isFalse();
    }
}
