package dev.remotecommands.contracts;

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

    private static final String DEAD_LETTER_SUFFIX = ".DLQ";

    private Topics() {
    }

    /** The dead-letter topic of a consumed topic. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
