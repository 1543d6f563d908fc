package dev.remotecommands.contracts;

/**
 * Reactive-messaging channel names, so that the services and their configuration agree on one
 * spelling. Incoming channels end in {@code -in}, outgoing ones in {@code -out}.
 */
public final class Channels {

    public static final String ENROLLMENT_COMPLETED_IN = "enrollment-completed-in";
    public static final String ENROLLMENT_REVOKED_IN = "enrollment-revoked-in";
    public static final String COMMAND_REQUESTED_IN = "command-requested-in";
    public static final String COMMAND_ACKED_IN = "command-acked-in";
    public static final String VEHICLE_STATE_REPORTED_IN = "vehicle-state-reported-in";
    public static final String VEHICLE_PAIRING_REPORTED_IN = "vehicle-pairing-reported-in";
    public static final String OTP_REQUESTED_IN = "otp-requested-in";
    public static final String OTP_DELIVERY_REPORTED_IN = "otp-delivery-reported-in";
    public static final String REMOTE_SESSIONS_ENDED_IN = "remote-sessions-ended-in";

    /** The one outgoing Kafka channel of a service's outbox relay; the topic is set per record. */
    public static final String OUTBOX_OUT = "outbox-out";

    private Channels() {
    }
}
