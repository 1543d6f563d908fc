package dev.remotecommands.outbox.relay;

/**
 * Whether the relay's last pass could publish, and if not why.
 *
 * @param publishing the last pass published everything it read (or found nothing to publish)
 * @param lastFailure why the last pass could not publish, or null
 */
public record RelayStatus(boolean publishing, String lastFailure) {

    static final RelayStatus STARTING = new RelayStatus(true, null);
    static final RelayStatus OK = new RelayStatus(true, null);

    static RelayStatus failing(Throwable failure) {
        return new RelayStatus(false, failure == null ? "unknown" : String.valueOf(failure.getMessage()));
    }
}
