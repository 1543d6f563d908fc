package dev.remotecommands.enrollment.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.remotecommands.enrollment.problem.Problems;

import java.util.Locale;

/** Trusted-phone numbers: validated and normalised to E.164 with libphonenumber, and masked for display. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int LONGEST_INPUT = 40;

    private PhoneNumbers() {
    }

    /** The E.164 form of a mobile number dialled in {@code country}, or a 422 problem saying what is wrong. */
    public static String normalise(String country, String number) {
        if (country == null || !country.trim().matches("[A-Za-z]{2}")) {
            throw Problems.invalidPhoneNumber("'country' must be a two-letter country code.");
        }
        String region = country.trim().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw Problems.invalidPhoneNumber("'" + region + "' is not a known country code.");
        }
        if (number == null || number.isBlank() || number.length() > LONGEST_INPUT) {
            throw Problems.invalidPhoneNumber("'number' is missing or too long.");
        }
        PhoneNumber parsed;
        try {
            parsed = UTIL.parse(number, region);
        } catch (NumberParseException e) {
            throw Problems.invalidPhoneNumber("'" + number + "' is not a phone number.");
        }
        if (!UTIL.isValidNumber(parsed) || !UTIL.isValidNumberForRegion(parsed, region)) {
            throw Problems.invalidPhoneNumber("'" + number + "' is not a valid number in " + region + ".");
        }
        PhoneNumberType type = UTIL.getNumberType(parsed);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw Problems.invalidPhoneNumber("'" + number + "' is not a mobile number.");
        }
        return UTIL.format(parsed, PhoneNumberFormat.E164);
    }

    /**
     * The number as the app shows it: international format with every digit of the national number hidden except
     * the first and the last two, e.g. {@code +33 6 ** ** ** 78}.
     */
    public static String mask(String e164) {
        if (e164 == null) {
            return null;
        }
        PhoneNumber parsed;
        try {
            parsed = UTIL.parse(e164, null);
        } catch (NumberParseException e) {
            return "***";
        }
        String international = UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL);
        String prefix = "+" + parsed.getCountryCode();
        String national = international.substring(prefix.length());
        int digits = (int) national.chars().filter(Character::isDigit).count();
        StringBuilder masked = new StringBuilder(prefix);
        int seen = 0;
        for (char c : national.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(seen == 0 || seen >= digits - 2 ? c : '*');
                seen++;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
