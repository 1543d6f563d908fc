package dev.remotecommands.otp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

class CodeGeneratorTest {

    private final CodeGenerator generator = new CodeGenerator();

    @Test
    void aCodeHasExactlyTheRequestedNumberOfDigits() {
        for (int length : new int[] {4, 6, 9, 12}) {
            for (int i = 0; i < 200; i++) {
                assertThat(generator.generate(length)).matches("[0-9]{" + length + "}");
            }
        }
    }

    @Test
    void everyDigitIsAboutEquallyLikelyInEveryPositionLeadingZerosIncluded() {
        int codes = 20_000;
        int length = 6;
        int[][] counts = new int[length][10];
        for (int i = 0; i < codes; i++) {
            String code = generator.generate(length);
            for (int position = 0; position < length; position++) {
                counts[position][code.charAt(position) - '0']++;
            }
        }
        // expected 2000 per digit and position; 5 standard deviations (~212) is a generous bound
        for (int position = 0; position < length; position++) {
            for (int digit = 0; digit < 10; digit++) {
                assertThat(counts[position][digit]).as("digit %d at position %d", digit, position)
                        .isBetween(1_700, 2_300);
            }
        }
    }

    @Test
    void codesDoNotRepeatInASmallSample() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(generator.generate(9));
        }
        // 1000 draws from 10^9: a collision is about one chance in two thousand
        assertThat(seen).hasSizeGreaterThan(998);
    }

    @Test
    void aCodeHasAtLeastOneDigit() {
        assertThatThrownBy(() -> generator.generate(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
