package dev.remotecommands.otp.service;

import dev.remotecommands.contracts.otp.OtpPurpose;

import java.time.Duration;

/** The SMS wording per purpose: what the code is for, how long it lives, and never to share it. */
public final class SmsText {

    private SmsText() {
    }

    public static String of(OtpPurpose purpose, String code, Duration validFor) {
        if (purpose == OtpPurpose.TRUSTED_PHONE_CHANGED) {
            // a notice to the old number: it must not carry the code (nothing is verified under it)
            return "Remote Commands: the trusted phone number of your account was changed. If you did not do"
                    + " this, sign in to your app and contact customer service.";
        }
        return "Remote Commands: your code to " + action(purpose) + " is " + code + ". It expires in "
                + minutes(validFor) + ". Never share it.";
    }

    private static String action(OtpPurpose purpose) {
        return switch (purpose) {
            case TRUSTED_PHONE -> "define your trusted phone";
            case DEVICE_REGISTRATION -> "register your smartphone";
            case SAFETY_CODE_RESET -> "reset your safety code";
            case TRUSTED_PHONE_CHANGED -> "confirm a change of your trusted phone";
        };
    }

    private static String minutes(Duration validFor) {
        // to the nearest minute: a 10-minute code received a few milliseconds late still says 10 minutes
        long minutes = Math.max(1, (validFor.toSeconds() + 30) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
