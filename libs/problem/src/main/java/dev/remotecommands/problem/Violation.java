package dev.remotecommands.problem;

/**
 * One violated constraint of a request, as a {@link ViolationProblem} sees it.
 *
 * @param field        the body field ({@code deviceId}, {@code preferences.x}) or the parameter ({@code vin},
 *                     {@code body}) it was found on
 * @param invalidValue what the client sent there
 * @param message      the constraint's message, e.g. {@code must be 4 digits}
 */
public record Violation(String field, Object invalidValue, String message) {

    /** The value sent, as text; {@code null} when nothing was sent. */
    public String text() {
        return invalidValue == null ? null : String.valueOf(invalidValue);
    }
}
