package dev.remotecommands.bridge.messaging;

import dev.remotecommands.bridge.config.BridgeConfig;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Retries the handling of a readable message while it fails for a passing reason (database unreachable), within
 * {@code bridge.retry-window}; an unreadable message is never retried.
 */
@ApplicationScoped
public class PassingFailures {

    private static final Logger LOG = Logger.getLogger(PassingFailures.class);

    private final BridgeConfig config;

    public PassingFailures(BridgeConfig config) {
        this.config = config;
    }

    public <T> Uni<T> retry(Uni<T> handling, String what) {
        return handling
                .onFailure(failure -> !(failure instanceof UnreadablePayload)).invoke(failure ->
                        LOG.warnf("Handling %s failed, retrying: %s", what, failure.getMessage()))
                .onFailure(failure -> !(failure instanceof UnreadablePayload)).retry()
                .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5))
                .expireIn(config.retryWindow().toMillis());
    }
}
