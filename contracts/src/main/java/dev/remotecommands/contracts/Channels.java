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

    /** The one outgoing Kafka channel of a service's outbox relay; the topic is set per record. */
    public static final String OUTBOX_OUT = "outbox-out";

    public static final String VEHICLE_ACKS_IN = "vehicle-acks-in";
    public static final String VEHICLE_STATE_IN = "vehicle-state-in";
    public static final String VEHICLE_PRESENCE_IN = "vehicle-presence-in";
    public static final String VEHICLE_PAIRING_IN = "vehicle-pairing-in";
    /** Outgoing MQTT channel of the bridge; the topic is set per message. */
    public static final String VEHICLE_OUT = "vehicle-out";

    private Channels() {
    }
}
