package dev.remotecommands.contracts.session;

/** Why every remote session of an account opened before a moment ended ({@code RemoteSessionsEnded}). */
public enum SessionsEndReason {
    /** The safety code was replaced through an SMS reset code (forgotten code). */
    SAFETY_CODE_RESET,
    /** The driver changed the safety code, knowing the current one. */
    SAFETY_CODE_CHANGED,
    /** Too many wrong safety codes in a row locked it. */
    SAFETY_CODE_LOCKED,
    /** The trusted phone number was replaced by a verified new one. */
    TRUSTED_PHONE_CHANGED,
    /** Remote commands were deactivated for one of the account's cars. */
    DEACTIVATED,
    /** A device was removed from the account. */
    DEVICE_REMOVED
}
