package dev.remotecommands.otp;

/** Where a challenge's SMS stands. */
public enum ChallengeStatus {
    /** Stored; the SMS is being sent (it stays so if the process died before the outcome was recorded). */
    SENDING,
    /** The provider accepted the SMS. */
    SENT,
    /** The provider refused it or stayed unreachable; or the request had expired before it could be sent. */
    FAILED,
    /** Not sent: a sending limit refused it; no code was generated. */
    THROTTLED
}
