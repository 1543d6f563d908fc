package dev.remotecommands.simulator.problem;

import dev.remotecommands.problem.ProblemException;

import java.util.Map;

/**
 * Every problem type of the fleet simulator, each saying what went wrong and what to do. The problems every service
 * shares (malformed JSON, unknown path, 405, 406, 413, 415, 500) come from the {@code problem} module.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemException carNotFound(String vin) {
        return new ProblemException(404, "car-not-found", "No such car",
                "There is no simulated car " + vin + "; GET /v1/cars lists the fleet.", Map.of("vin", vin));
    }

    /** No body at all where the call needs one. */
    public static ProblemException bodyRequired(String detail) {
        return new ProblemException(400, "malformed-json", "Malformed JSON body", detail);
    }

    /** A field that is missing, empty, too long or not one of the values it takes. */
    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(422, "invalid-field", "Invalid field", detail, Map.of("field", field));
    }

    public static ProblemException engineRunning(String vin) {
        return new ProblemException(409, "engine-running", "The engine is running",
                "Car " + vin + " cannot sleep with its ignition on; turn it off first (PUT /v1/cars/" + vin
                        + "/ignition {\"on\": false}).",
                Map.of("vin", vin));
    }

    public static ProblemException carOffline(String vin) {
        return new ProblemException(503, "car-offline", "The car is offline",
                "Car " + vin + " has no connection to the MQTT broker right now; try again once it reconnects.",
                Map.of("vin", vin, "retryAfterSeconds", 1));
    }
}
