package dev.remotecommands.command.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Webhook deliveries: where they may go, how long one attempt and all the retries of one delivery take. */
@ConfigMapping(prefix = "commands.webhooks")
public interface WebhooksConfig {

    /** Whether {@code http://localhost} (and 127.0.0.1) URLs are accepted; only in the dev, test and local profiles. */
    @WithDefault("false")
    boolean allowHttpLocalhost();

    /** How long one POST may take before it counts as failed (a slow receiver). */
    @WithDefault("PT5S")
    Duration requestTimeout();

    /** How often the worker looks for due deliveries (at least 1 s: Quarkus' scheduler runs nothing more often). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** At most this many deliveries in flight per instance. */
    @WithDefault("64")
    int maxInFlight();

    /** How one delivery is retried before it is parked in the dead letters. */
    Retry retry();

    interface Retry {
        /** How long a delivery is retried in all; then it is parked. The worker's lease is derived from it. */
        @WithDefault("PT10M")
        Duration maxDuration();

        /** The wait after the first failure; it doubles after each further one. */
        @WithDefault("PT1S")
        Duration initialDelay();

        /** The longest wait between two attempts (must stay below max-duration). */
        @WithDefault("PT2M")
        Duration maxDelay();

        /** Each wait is moved by up to this much either way, so that receivers are not hit in step. */
        @WithDefault("PT0.5S")
        Duration jitter();
    }
}
