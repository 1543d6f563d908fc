package dev.remotecommands.contracts;

import java.util.List;

/**
 * Kafka topic names. Topics are named after the events they carry; each consumed topic has a
 * dead-letter topic named {@code <topic>.DLQ} for records that cannot be handled.
 */
public final class Topics {

    public static final String ENROLLMENT_COMPLETED = "EnrollmentCompleted";
    public static final String ENROLLMENT_REVOKED = "EnrollmentRevoked";
    public static final String OTP_REQUESTED = "OtpRequested";
    public static final String OTP_DELIVERY_REPORTED = "OtpDeliveryReported";
    public static final String COMMAND_REQUESTED = "CommandRequested";
    public static final String COMMAND_ACKED = "CommandAcked";
    public static final String VEHICLE_PAIRING_REPORTED = "VehiclePairingReported";
    public static final String VEHICLE_STATE_REPORTED = "VehicleStateReported";
    public static final String REMOTE_SESSIONS_ENDED = "RemoteSessionsEnded";

    /** Every event topic of the contracts, in the order of the table in the AsyncAPI document. */
    public static final List<String> EVENTS = List.of(ENROLLMENT_COMPLETED, ENROLLMENT_REVOKED, OTP_REQUESTED,
            OTP_DELIVERY_REPORTED, COMMAND_REQUESTED, COMMAND_ACKED, VEHICLE_PAIRING_REPORTED, VEHICLE_STATE_REPORTED,
            REMOTE_SESSIONS_ENDED);

    /**
     * Not an event topic: what kind of cluster this is. Its newest record's value ({@code staging}, {@code production},
     * …) marks the cluster; {@code load-test replay --restamp} writes only to a cluster marked {@code staging}.
     */
    public static final String PLATFORM_ENVIRONMENT = "platform.environment";

    private static final String DEAD_LETTER_SUFFIX = ".DLQ";

    private Topics() {
    }

    /** The dead-letter topic of a consumed topic. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
