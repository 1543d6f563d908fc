package dev.remotecommands.bridge.messaging;

/**
 * A message the bridge cannot make sense of (not JSON, a missing field, an unknown enum value, a topic that names
 * no valid VIN). Never retried: a Kafka record goes to its dead-letter topic, an MQTT message is dropped.
 */
public class UnreadablePayload extends RuntimeException {

    public UnreadablePayload(String message) {
        super(message);
    }

    public UnreadablePayload(String message, Throwable cause) {
        super(message + ": " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage();
        // Jackson messages can quote the whole payload; keep the log line short.
        return text == null ? root.getClass().getSimpleName() : text.lines().findFirst().orElse(text);
    }
}
