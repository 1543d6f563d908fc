package dev.remotecommands.otp.service;

/** What the first transaction decided about a request. */
enum Admission {
    /** Stored as SENDING: this delivery sends the SMS (and only this one). */
    SEND,
    /** Stored without a code (throttled, or expired before it could be sent) and reported: nothing to send. */
    REFUSED,
    /** Already handled by an earlier delivery of the same request: nothing to do. */
    DUPLICATE
}
