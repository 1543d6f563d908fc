package dev.remotecommands.simulator.service;

import java.util.Map;

/**
 * The simulator's one family of errors for its REST API: each carries the HTTP status, a stable problem
 * type, a title and a detail that says what was wrong and what to do (written as RFC 9457 problem details).
 */
public class SimulatorException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;

    public SimulatorException(int status, String type, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public static SimulatorException carNotFound(String vin) {
        return new SimulatorException(404, "car-not-found", "No such car",
                "There is no simulated car " + vin + "; GET /v1/cars lists the fleet.", Map.of("vin", vin));
    }

    public static SimulatorException badRequest(String detail) {
        return new SimulatorException(400, "malformed-request", "Malformed request", detail, Map.of());
    }

    public static SimulatorException invalidField(String field, String detail) {
        return new SimulatorException(422, "invalid-field", "Invalid field", detail, Map.of("field", field));
    }

    public static SimulatorException engineRunning(String vin) {
        return new SimulatorException(409, "engine-running", "The engine is running",
                "Car " + vin + " cannot sleep with its ignition on; turn it off first (PUT /v1/cars/" + vin
                        + "/ignition {\"on\": false}).",
                Map.of("vin", vin));
    }

    public static SimulatorException carOffline(String vin) {
        return new SimulatorException(503, "car-offline", "The car is offline",
                "Car " + vin + " has no connection to the MQTT broker right now; try again once it reconnects.",
                Map.of("vin", vin));
    }

    public int status() {
        return status;
    }

    /** The last segment of the problem type URI, e.g. {@code car-not-found}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
