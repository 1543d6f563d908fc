package dev.remotecommands.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.remotecommands.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({ "FR,06 12 34 56 78,+33612345678", "fr,0612345678,+33612345678", "FR,+33 6 12 34 56 78,+33612345678",
            "DE,0151 23456789,+4915123456789", "GB,07400 123456,+447400123456", "US,(201) 555-0123,+12015550123" })
    void mobileNumbersAreNormalisedToE164(String country, String number, String e164) {
        assertThat(PhoneNumbers.normalise(country, number)).isEqualTo(e164);
    }

    @ParameterizedTest
    @CsvSource({ "FR,01 23 45 67 89", "FR,06 12", "FR,hello", "XX,06 12 34 56 78", "F,0612345678",
            "FR,'06 12 34 56 78 90 12 34 56 78 90 12 34 56 78 90'", "DE,06 12 34 56 78" })
    void otherInputIsAnInvalidNumberProblem(String country, String number) {
        assertThatThrownBy(() -> PhoneNumbers.normalise(country, number))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.type()).endsWith("/invalid-phone-number");
                });
    }

    @Test
    void maskingKeepsTheFirstAndTheLastTwoDigits() {
        assertThat(PhoneNumbers.mask("+33612345678")).isEqualTo("+33 6 ** ** ** 78");
        assertThat(PhoneNumbers.mask("+4915123456789")).isEqualTo("+49 1*** *****89");
        assertThat(PhoneNumbers.mask(null)).isNull();
    }
}
