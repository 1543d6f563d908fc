package dev.remotecommands.enrollment;

/** The account's remote-commands subscription for one of its vehicles, as stored. */
public enum Subscription {
    /** Registered, never activated. */
    NONE,
    /** Terms accepted: the certification journey runs. */
    ACTIVATED,
    /** The car confirmed a pairing: {@code EnrollmentCompleted} was emitted. */
    PAIRED,
    /** Deactivated by the driver; activation may start again. */
    REVOKED
}
