package dev.remotecommands.otp.sms;

/** An SMS that did not go out. {@link #reason()} is the {@code OtpDeliveryReported} reason of the FAILED report. */
public class SmsSendingException extends RuntimeException {

    /** Why the SMS did not go out. */
    public enum Reason {
        /** The provider refused the message (4xx): retrying would not help. */
        PROVIDER_REJECTED,
        /** The provider was unreachable or overloaded (connection failure, 5xx, 429), also after retries. */
        PROVIDER_UNAVAILABLE,
        /** The provider did not answer in time; the SMS may or may not have gone out, so it is not retried. */
        PROVIDER_TIMEOUT,
        /** Anything else (an unexpected answer, a local failure). */
        PROVIDER_ERROR
    }

    private final Reason reason;

    public SmsSendingException(Reason reason, String message) {
        this(reason, message, null);
    }

    public SmsSendingException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
