package dev.remotecommands.contracts.otp;

/** Why a one-time code is sent; it chooses the SMS wording and keeps codes of different steps apart. */
public enum OtpPurpose {
    /** Step 1: prove the driver holds the phone that becomes the trusted phone (6 digits). */
    TRUSTED_PHONE,
    /** Step 2: register this smartphone as a device of the account (9 digits, sent to the trusted phone). */
    DEVICE_REGISTRATION,
    /** A forgotten safety code is replaced only after a fresh code sent to the trusted phone. */
    SAFETY_CODE_RESET,
    /** A notice to the old trusted phone that the number was replaced: the SMS tells, it carries no code. */
    TRUSTED_PHONE_CHANGED
}
