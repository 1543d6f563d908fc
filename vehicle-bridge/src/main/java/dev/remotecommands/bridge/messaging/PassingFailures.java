package dev.remotecommands.bridge.messaging;

import dev.remotecommands.bridge.config.BridgeConfig;
import dev.remotecommands.outbox.inbox.HandlingRetries;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Retries the handling of a readable message while it fails for a passing reason (database unreachable), with the
 * platform's back-off ({@link HandlingRetries}) but within {@code bridge.retry-window} rather than a number of
 * retries, MQTT messages included; an unreadable message is never retried.
 */
@ApplicationScoped
public class PassingFailures {

    private final BridgeConfig config;

    public PassingFailures(BridgeConfig config) {
        this.config = config;
    }

    public <T> Uni<T> retry(Uni<T> handling, String what) {
        return HandlingRetries.retryWithin(handling, failure -> !(failure instanceof UnreadablePayload),
                config.retryWindow(), what);
    }
}
