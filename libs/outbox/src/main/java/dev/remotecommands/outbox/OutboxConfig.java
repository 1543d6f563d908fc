package dev.remotecommands.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the outbox and its relay to Kafka. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** CloudEvents {@code ce_source} written on every event of this service. */
    @WithDefault("${quarkus.application.name}")
    String source();

    /** How often the relay looks for unpublished events that no notification announced (or that failed to send). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How many events one relay pass reads, sends and deletes in one transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long a relay pass waits for Kafka's acknowledgements before it leaves the unacknowledged events for later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How often the backlog and lag gauges are read from the database (a scrape cannot wait for a query). */
    @WithDefault("10s")
    Duration metricsInterval();
}
