package dev.remotecommands.enrollment;

/** Why a pairing session failed. */
public enum PairingFailure {
    /** The car's privacy mode forbids data sharing. */
    PRIVACY_MODE,
    /** The engine was not running. */
    ENGINE_OFF,
    /** The car saw another device than the one the session was opened for. */
    DEVICE_MISMATCH,
    /** The car did not confirm before the session's deadline. */
    EXPIRED
}
