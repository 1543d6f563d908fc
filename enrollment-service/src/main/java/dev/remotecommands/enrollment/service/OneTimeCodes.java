package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.problem.Problems;

/** The shape of one-time codes typed by the driver: checked here so a typo never uses up an attempt. */
public final class OneTimeCodes {

    public static final int PHONE_CODE_LENGTH = 6;
    public static final int DEVICE_CODE_LENGTH = 9;
    public static final int RESET_CODE_LENGTH = 6;

    private OneTimeCodes() {
    }

    /** The code without surrounding blanks, or a 422 unless it is exactly {@code length} digits. */
    public static String require(String code, int length) {
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.length() != length || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw Problems.malformedCode(length);
        }
        return trimmed;
    }
}
