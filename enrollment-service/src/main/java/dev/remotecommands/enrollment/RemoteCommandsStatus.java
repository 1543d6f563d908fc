package dev.remotecommands.enrollment;

/** The remote-commands status of a vehicle as the app shows it. */
public enum RemoteCommandsStatus {
    NOT_SUBSCRIBED,
    CERTIFICATION_REQUIRED,
    ACTIVATING,
    ACTIVE,
    REVOKED
}
