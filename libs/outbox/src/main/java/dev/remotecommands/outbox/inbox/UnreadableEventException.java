package dev.remotecommands.outbox.inbox;

/** A record that can never be handled, however often it is retried: it belongs in the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
