package dev.remotecommands.infrastructure.testing;

import java.security.SecureRandom;

/** VINs for tests that must not see each other's commands, grants or limits. */
public final class TestVins {

    /** The characters of a VIN: digits and capitals but I, O and Q. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final int LENGTH = 17;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestVins() {
    }

    /** A valid VIN no other test uses: the prefix (say, which tests made it), then random characters. */
    public static String fresh(String prefix) {
        StringBuilder vin = new StringBuilder(prefix);
        while (vin.length() < LENGTH) {
            vin.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return vin.toString();
    }
}
