package dev.remotecommands.problem;

import java.util.Map;

/** The problems every service answers the same way: the request itself, authentication, the framework. */
public final class CommonProblems {

    /** How many seconds a client should wait before retrying after a 503. */
    static final int RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

    private CommonProblems() {
    }

    public static ProblemException malformedJson(String what) {
        return malformedJson(what, Map.of());
    }

    /** Malformed JSON found inside one field of the body ({@code field} in the form of {@link #invalidField}). */
    public static ProblemException malformedJson(String what, String field) {
        return malformedJson(what + ", in '" + field + "'", Map.of("field", field));
    }

    private static ProblemException malformedJson(String what, Map<String, Object> extensions) {
        return new ProblemException(400, "malformed-json", "Malformed JSON body",
                "The request body could not be read as JSON (" + what + "). Send a JSON object with the fields"
                        + " this call takes; /q/openapi describes them.", extensions);
    }

    /**
     * A field of the request that is missing, too long or not of the form it takes: the answer to a violated
     * constraint that names no other.
     *
     * @param what the rest of the sentence after the quoted field, e.g. {@code is required: a short name.}
     */
    public static ProblemException invalidField(String field, String what) {
        return new ProblemException(422, "invalid-field", "Invalid field", "'" + field + "' " + what,
                Map.of("field", field));
    }

    /** A VIN, in a path or a body, that cannot be one: the same 400 from every service. */
    public static ProblemException malformedVin(String vin) {
        return new ProblemException(400, "malformed-vin", "Malformed VIN",
                "'" + vin + "' is not a VIN: send 17 characters, digits and capital letters except I, O and Q.",
                Map.of("vin", vin == null ? "" : vin));
    }

    public static ProblemException unauthenticated() {
        return new ProblemException(401, "unauthenticated", "Authentication required",
                "Send a valid access token of the remote-commands realm: 'Authorization: Bearer <token>'. The"
                        + " token is missing, expired or not issued for this service.");
    }

    public static ProblemException forbidden() {
        return new ProblemException(403, "forbidden", "Forbidden", "Your token does not allow this call.");
    }

    public static ProblemException resourceNotFound(String path) {
        return new ProblemException(404, "resource-not-found", "Resource not found",
                "Nothing at " + path + ". See /q/openapi for the API of this service.");
    }

    public static ProblemException methodNotAllowed() {
        return new ProblemException(405, "method-not-allowed", "Method not allowed",
                "This path does not take that HTTP method. See /q/openapi for what it takes.");
    }

    public static ProblemException notAcceptable() {
        return new ProblemException(406, "not-acceptable", "Not acceptable",
                "This resource answers in application/json (events in text/event-stream): accept that.");
    }

    public static ProblemException payloadTooLarge(long limitBytes) {
        return new ProblemException(413, "payload-too-large", "Request body too large",
                "The request body is larger than the " + limitBytes + " bytes this service accepts. Send only the"
                        + " fields the call takes; /q/openapi describes them.",
                Map.of("maxBodyBytes", limitBytes));
    }

    public static ProblemException lengthRequired(long limitBytes) {
        return new ProblemException(411, "length-required", "Content-Length required",
                "Send the body with a Content-Length header (at most " + limitBytes + " bytes), not in chunks: this"
                        + " service only takes bodies whose size it knows before reading them.",
                Map.of("maxBodyBytes", limitBytes));
    }

    public static ProblemException unsupportedMediaType() {
        return new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                "Send the body as JSON with 'Content-Type: application/json'.");
    }

    /** A body sent without saying what it is: not guessed to be JSON. */
    public static ProblemException contentTypeMissing() {
        return new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                "The request has a body but no Content-Type. Send the body as JSON with"
                        + " 'Content-Type: application/json'.");
    }

    public static ProblemException badRequest(String what) {
        return new ProblemException(400, "bad-request", "Bad request",
                "The request could not be understood: " + what);
    }

    public static ProblemException temporarilyUnavailable() {
        return new ProblemException(503, "temporarily-unavailable", "Temporarily unavailable",
                "The service cannot reach a component it needs right now. Retry in a few seconds (a command"
                        + " with the same Idempotency-Key, so that it cannot run twice).",
                Map.of("retryAfterSeconds", RETRY_AFTER_UNAVAILABLE_SECONDS));
    }

    public static ProblemException internalError() {
        return new ProblemException(500, "internal-error", "Internal error",
                "Something went wrong on our side. Retry in a moment; if it persists, report the time of the call.");
    }

    /** The payload of {@code @WellFormedVin} in every service: {@code @WellFormedVin(payload = MalformedVin.class)}. */
    public static final class MalformedVin extends ViolationProblem {
        public MalformedVin() {
            super(violation -> malformedVin(violation.text()));
        }
    }
}
