package dev.remotecommands.command.problem;

import dev.remotecommands.command.rest.VehicleResource;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.problem.ViolationProblem;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every problem type of command-service, each saying what went wrong and what to do. The problems every service
 * shares (malformed JSON, 401, unknown path, 405, 413, 415, 503, 500) come from the {@code problem} module. The
 * request constraints name theirs with the {@link ViolationProblem}s at the end.
 */
public final class Problems {

    /** How soon a command that outran its car's activation may be sent again. */
    static final int ACTIVATION_RETRY_AFTER_SECONDS = 1;

    private static final String COMMAND_TYPES = Arrays.stream(CommandType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private Problems() {
    }

    public static ProblemException vehicleNotFound(String vin) {
        return new ProblemException(404, "vehicle-not-found", "Vehicle not found",
                "No vehicle " + vin + " with remote commands enabled for your account. Check the VIN, or complete"
                        + " the remote-commands enrollment for this vehicle first.");
    }

    /**
     * The remote session says the device was paired with this car, but command-service has not heard of the
     * activation yet (it travels through Kafka): a retry in a moment succeeds.
     */
    public static ProblemException activationInProgress(String vin) {
        return new ProblemException(503, "activation-in-progress", "Activation in progress",
                "Remote commands for " + vin + " were activated a moment ago and are still being set up. Retry in "
                        + ACTIVATION_RETRY_AFTER_SECONDS + " second (with the same Idempotency-Key).",
                Map.of("vin", vin, "retryAfterSeconds", ACTIVATION_RETRY_AFTER_SECONDS));
    }

    public static ProblemException commandNotFound(String id) {
        return new ProblemException(404, "command-not-found", "Command not found",
                "No command " + id + " for your account. Use the id from the Location header of the"
                        + " POST that created it.");
    }

    public static ProblemException idempotencyKeyRequired() {
        return new ProblemException(400, "idempotency-key-required", "Idempotency-Key header missing",
                "Send an Idempotency-Key header with a new UUID for each new command, and the same UUID when"
                        + " you retry the same request.");
    }

    public static ProblemException idempotencyKeyMalformed(String key) {
        return new ProblemException(400, "idempotency-key-malformed", "Idempotency-Key is not a UUID",
                "The Idempotency-Key '" + key + "' is not a UUID: send a UUID such as "
                        + "3f2b8c1e-6a4d-4b5e-9c1f-2a7d8e9b0c3d, a new one for each new command.");
    }

    public static ProblemException idempotencyKeyReused(UUID key) {
        return new ProblemException(422, "idempotency-key-reused", "Idempotency-Key already used for another request",
                "The Idempotency-Key " + key + " was already used for a different command. Send a new UUID for a"
                        + " new command; reuse a key only to retry exactly the same request.");
    }

    public static ProblemException commandTypeRequired() {
        return new ProblemException(422, "command-type-required", "Command type missing",
                "The body must name the command, e.g. {\"type\": \"LOCK\"}; one of " + COMMAND_TYPES + ".");
    }

    public static ProblemException unknownCommandType(String type) {
        return new ProblemException(422, "unknown-command-type", "Unknown command type",
                "'" + type + "' is not a command type: send one of " + COMMAND_TYPES + ".",
                Map.of("allowedTypes", CommandType.values()));
    }

    public static ProblemException invalidLimit(String limit, int max) {
        return new ProblemException(400, "invalid-limit", "Invalid limit",
                "limit must be a whole number from 1 to " + max + ", not '" + limit + "'.");
    }

    public static ProblemException sameActionInProgress(CommandType type) {
        return new ProblemException(409, "same-action-in-progress", "Same action already in progress",
                "A command of type " + type + " is already in progress on this vehicle. Wait for it to finish"
                        + " (follow its status), then try again if needed.");
    }

    public static ProblemException tooManyRequests(CommandType type, long retryAfterSeconds, RateLimitFacts facts) {
        return new ProblemException(429, "too-many-requests", "Too many requests for this vehicle",
                "At most " + facts.maxRequests() + " " + type + " commands per " + facts.windowSeconds()
                        + " seconds are allowed for one vehicle. Try again in " + retryAfterSeconds + " seconds.",
                Map.of("retryAfterSeconds", retryAfterSeconds, "failureCause", "TOO_MANY_REQUESTS"));
    }

    /**
     * The command needs a valid remote session, the proof that the driver entered the safety code on a device
     * enabled for this car within the last days.
     *
     * @param reason machine-readable cause, e.g. {@code MISSING} or {@code EXPIRED}
     * @param why    the sentence that tells the driver what was wrong with the session sent
     */
    public static ProblemException safetyCodeRequired(String reason, String why) {
        return new ProblemException(403, "safety-code-required", "Safety code required",
                why + " Enter your safety code to open a new remote session: POST /v1/remote-sessions on"
                        + " enrollment-service, then send its token in the X-Remote-Session header.",
                Map.of("reason", reason));
    }

    // --- webhooks (the BFF's service account) and their dead letters (operators) ---

    public static ProblemException webhookNotFound() {
        return new ProblemException(404, "webhook-not-found", "No webhook",
                "Your client has no webhook. Register one with PUT /v1/webhook {url, secret}.");
    }

    public static ProblemException deadLetterNotFound(String eventId) {
        return new ProblemException(404, "dead-letter-not-found", "No such dead letter",
                "No parked delivery " + eventId + " (or its client has no webhook any more). List them with"
                        + " GET /v1/operator/webhook-dead-letters.");
    }

    // --- the answers of violated request constraints (their payload) ---

    public static final class IdempotencyKeyRequired extends ViolationProblem {
        public IdempotencyKeyRequired() {
            super(violation -> idempotencyKeyRequired());
        }
    }

    public static final class IdempotencyKeyMalformed extends ViolationProblem {
        public IdempotencyKeyMalformed() {
            super(violation -> idempotencyKeyMalformed(violation.text()));
        }
    }

    public static final class CommandTypeRequired extends ViolationProblem {
        public CommandTypeRequired() {
            super(violation -> commandTypeRequired());
        }
    }

    public static final class UnknownCommandType extends ViolationProblem {
        public UnknownCommandType() {
            super(violation -> unknownCommandType(violation.text()));
        }
    }

    public static final class InvalidLimit extends ViolationProblem {
        public InvalidLimit() {
            super(violation -> invalidLimit(violation.text(), VehicleResource.MAX_LIMIT));
        }
    }

    /** The numbers of a rate limit, as told to the client. */
    public record RateLimitFacts(int maxRequests, long windowSeconds) {
    }
}
