package dev.remotecommands.contracts.otp;

/** What became of a requested code's SMS. */
public enum OtpDeliveryStatus {
    /** The SMS provider accepted the message. */
    SENT,
    /** The provider refused it or stayed unreachable after retries; the driver should ask for a new code. */
    FAILED,
    /** Not sent: a sending limit (cooldown, per phone, per account, country not allowed) was reached. */
    THROTTLED
}
