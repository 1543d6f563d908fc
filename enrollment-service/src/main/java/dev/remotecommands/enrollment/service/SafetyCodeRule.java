package dev.remotecommands.enrollment.service;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which 4-digit safety codes are too easy to guess. Refused: one repeated digit (0000), ascending or descending
 * runs including the wrap-around (1234, 7890, 9012, 3210, 0987), two alternating digits (1212, 6969), two pairs
 * (1122), years 1900-2099 (birth years are the first guess) and a few other well-known codes (1004, 2580, ...).
 */
public final class SafetyCodeRule {

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
    private static final Set<String> WELL_KNOWN = Set.of("1004", "2580", "0852", "1010", "6969", "4321", "1234",
            "5683", "0007", "1701");

    private SafetyCodeRule() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && FOUR_DIGITS.matcher(code).matches();
    }

    /** Why this well-formed code is too easy, or empty when it is acceptable. */
    public static Optional<String> weakness(String code) {
        int[] d = code.chars().map(c -> c - '0').toArray();
        if (d[0] == d[1] && d[1] == d[2] && d[2] == d[3]) {
            return Optional.of("one repeated digit");
        }
        if (isRun(d, 1) || isRun(d, -1)) {
            return Optional.of("a run of consecutive digits");
        }
        if (d[0] == d[2] && d[1] == d[3]) {
            return Optional.of("two alternating digits");
        }
        if (d[0] == d[1] && d[2] == d[3]) {
            return Optional.of("two pairs of digits");
        }
        if (code.startsWith("19") || code.startsWith("20")) {
            return Optional.of("a year");
        }
        if (WELL_KNOWN.contains(code)) {
            return Optional.of("a well-known code");
        }
        return Optional.empty();
    }

    /** Each digit is the previous one plus {@code step}, modulo 10 (so 7890 and 3210 count as runs). */
    private static boolean isRun(int[] digits, int step) {
        for (int i = 1; i < digits.length; i++) {
            if (Math.floorMod(digits[i - 1] + step, 10) != digits[i]) {
                return false;
            }
        }
        return true;
    }
}
