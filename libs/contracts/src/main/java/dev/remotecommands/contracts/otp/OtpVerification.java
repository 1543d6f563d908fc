package dev.remotecommands.contracts.otp;

/**
 * otp-service's internal REST contract for checking a code, called by enrollment-service while the driver waits:
 * {@code POST /internal/v1/otp-challenges/{requestId}/verification} with {@link Request}, answered 200 with
 * {@link Result} (also for wrong, expired and exhausted codes: the outcome says which).
 */
public final class OtpVerification {

    /** The path template; {@code requestId} is the one carried by {@code OtpRequested}. */
    public static final String PATH = "/internal/v1/otp-challenges/{requestId}/verification";

    private OtpVerification() {
    }

    /** The concrete path for one challenge. */
    public static String pathOf(String requestId) {
        return PATH.replace("{requestId}", requestId);
    }

    /** The code the driver typed, digits only. */
    public record Request(String code) {
    }

    /** The outcome, and how many checks remain after this one (0 once VALID, EXPIRED or EXHAUSTED). */
    public record Result(OtpVerificationOutcome outcome, int attemptsLeft) {
    }
}
