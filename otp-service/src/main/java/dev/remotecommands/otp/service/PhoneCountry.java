package dev.remotecommands.otp.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/** The country of an E.164 number, as libphonenumber's metadata knows it. */
public final class PhoneCountry {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    private static final String UNKNOWN_REGION = "ZZ";

    private PhoneCountry() {
    }

    /** ISO 3166 alpha-2 code, or empty for a number no country claims (or that does not parse). */
    public static Optional<String> of(String e164) {
        try {
            PhoneNumber number = PHONE_NUMBERS.parse(e164, UNKNOWN_REGION);
            String region = PHONE_NUMBERS.getRegionCodeForNumber(number);
            return region == null || UNKNOWN_REGION.equals(region) ? Optional.empty() : Optional.of(region);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
