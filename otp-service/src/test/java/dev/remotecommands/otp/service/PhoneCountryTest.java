package dev.remotecommands.otp.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneCountryTest {

    @Test
    void theCountryOfANumberComesFromItsCallingCodeAndRange() {
        assertThat(PhoneCountry.of("+33612345678")).contains("FR");
        assertThat(PhoneCountry.of("+447400123456")).contains("GB");
        assertThat(PhoneCountry.of("+4915123456789")).contains("DE");
        // +44 and +1 are shared by several countries: the range decides (07911 is Guernsey, 201 New Jersey)
        assertThat(PhoneCountry.of("+447911123456")).contains("GG");
        assertThat(PhoneCountry.of("+12015550123")).contains("US");
    }

    @Test
    void aNumberNoCountryClaimsHasNone() {
        assertThat(PhoneCountry.of("+999123456789")).isEmpty();
        assertThat(PhoneCountry.of("not a number")).isEmpty();
    }
}
