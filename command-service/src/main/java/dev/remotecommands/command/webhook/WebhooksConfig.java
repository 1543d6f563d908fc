package dev.remotecommands.command.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Webhook deliveries (retry timing: {@link WebhookSender}'s fault-tolerance annotations and their config keys). */
@ConfigMapping(prefix = "commands.webhooks")
public interface WebhooksConfig {

    /** Whether {@code http://localhost} (and 127.0.0.1) URLs are accepted; only in the dev, test and local profiles. */
    @WithDefault("false")
    boolean allowHttpLocalhost();

    /** How long one POST may take before it counts as failed (a slow receiver). */
    @WithDefault("PT5S")
    Duration requestTimeout();

    /** How often the worker looks for due deliveries. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** At most this many deliveries in flight per instance. */
    @WithDefault("64")
    int maxInFlight();

    /** A claimed delivery is not claimed again before this (longer than the whole retry time). */
    @WithDefault("PT5M")
    Duration lease();
}
