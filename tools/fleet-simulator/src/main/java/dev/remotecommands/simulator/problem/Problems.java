package dev.remotecommands.simulator.problem;

import dev.remotecommands.problem.CommonProblems;
import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.problem.ViolationProblem;

import java.util.Map;

/**
 * Every problem type of the fleet simulator, each saying what went wrong and what to do. The problems every service
 * shares (malformed JSON, unknown path, 405, 406, 413, 415, 500, a field that breaks its constraint) come from the
 * {@code problem} module. The request constraints name theirs with the {@link ViolationProblem}s at the end.
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

    // --- the answers of violated request constraints (their payload) ---

    /** No body where the call needs one; the constraint's message says what to send. */
    public static final class BodyRequired extends ViolationProblem {
        public BodyRequired() {
            super(violation -> bodyRequired(violation.message()));
        }
    }

    /** No ignition body: its one field, {@code on}, is missing. */
    public static final class OnRequired extends ViolationProblem {
        public OnRequired() {
            super(violation -> CommonProblems.invalidField("on", violation.message()));
        }
    }

    /** No privacy-mode body: its one field, {@code mode}, is missing. */
    public static final class ModeRequired extends ViolationProblem {
        public ModeRequired() {
            super(violation -> CommonProblems.invalidField("mode", violation.message()));
        }
    }
}
