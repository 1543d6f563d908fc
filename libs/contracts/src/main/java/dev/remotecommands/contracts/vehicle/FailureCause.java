package dev.remotecommands.contracts.vehicle;

/**
 * Why a command did not succeed, with the words the driver sees. A car's ack carries one of
 * these names as its {@code reason}.
 */
public enum FailureCause {
    SAME_ACTION_IN_PROGRESS("The same action is already in progress on this vehicle."),
    TOO_MANY_REQUESTS("Too many requests in a short time; wait a moment and try again."),
    PRIVACY_MODE("The vehicle's privacy mode forbids remote commands."),
    VEHICLE_UNREACHABLE("The vehicle is unreachable or in deep sleep."),
    WAKE_UP_LIMIT_REACHED("Too many wake-ups this month: the vehicle's 12 V battery is being protected."),
    BAD_SIGNATURE("The vehicle refused the command: its signature is not valid."),
    COMMAND_EXPIRED("The command expired before the vehicle could carry it out."),
    DUPLICATE_COMMAND("The vehicle has already received this command."),
    NOT_PROVISIONED("Remote control is not enabled on this vehicle."),
    VEHICLE_ERROR("The vehicle could not carry out the command."),
    NO_ANSWER("The vehicle did not answer in time: the outcome is unknown, check the vehicle's state.");

    private final String message;

    FailureCause(String message) {
        this.message = message;
    }

    /** Plain words for the driver. */
    public String message() {
        return message;
    }

    /** The cause named by a car's ack reason, or {@link #VEHICLE_ERROR} for a reason it does not know. */
    public static FailureCause fromReason(String reason) {
        if (reason != null) {
            for (FailureCause cause : values()) {
                if (cause.name().equals(reason)) {
                    return cause;
                }
            }
        }
        return VEHICLE_ERROR;
    }
}
