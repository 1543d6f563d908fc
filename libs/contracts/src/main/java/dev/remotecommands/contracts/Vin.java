package dev.remotecommands.contracts;

import java.util.regex.Pattern;

/** Vehicle identification numbers: 17 characters, digits and capitals without I, O and Q. */
public final class Vin {

    private static final Pattern VALID = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    private Vin() {
    }

    public static boolean isValid(String vin) {
        return vin != null && VALID.matcher(vin).matches();
    }

    /** Throws {@link IllegalArgumentException} unless the VIN is well formed. */
    public static String require(String vin) {
        if (!isValid(vin)) {
            throw new IllegalArgumentException("malformed VIN: 17 characters, digits and capitals except I, O, Q");
        }
        return vin;
    }
}
