package dev.remotecommands.contracts.otp;

/** The answer of otp-service to one code check. */
public enum OtpVerificationOutcome {
    /** The code is right; the challenge is used up and cannot be verified again. */
    VALID,
    /** The code is wrong; {@code attemptsLeft} more checks are allowed. */
    WRONG,
    /** The code's lifetime is over; a new code must be requested. */
    EXPIRED,
    /** No attempts are left (or the challenge was already used); a new code must be requested. */
    EXHAUSTED,
    /** otp-service knows no such challenge (not received yet, or never requested). */
    UNKNOWN
}
