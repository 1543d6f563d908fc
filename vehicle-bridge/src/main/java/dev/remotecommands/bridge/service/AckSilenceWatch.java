package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.config.BridgeConfig;
import dev.remotecommands.bridge.messaging.BrokerSession;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Notices when the broker has stopped handing the cars' acks to this bridge although the connection is up, and then
 * reconnects. HiveMQ CE can stop serving a shared subscription to a connected subscriber under load until it
 * reconnects (seen here after a broker restart; hivemq-community-edition#558). The sign: commands published again
 * because they went unanswered, and not one ack heard for {@code bridge.mqtt.ack-silence-limit}. A car that really
 * went silent can cause a needless reconnect, at most one per limit, which costs a second.
 */
@ApplicationScoped
public class AckSilenceWatch {

    private final BrokerSession broker;
    private final Clock clock;
    private final Duration limit;
    private volatile Instant lastAck;

    public AckSilenceWatch(BrokerSession broker, BridgeConfig config, Clock clock) {
        this.broker = broker;
        this.clock = clock;
        this.limit = config.mqtt().ackSilenceLimit();
    }

    /** Called for every message received on a car's ack topic, readable or not. */
    public void ackHeard() {
        lastAck = clock.instant();
    }

    /** Called by the sweep with how many commands it has just published again for want of an answer. */
    public Uni<Void> check(int resentUnanswered) {
        Instant now = clock.instant();
        if (!isStalled(now, broker.connectedSince(), lastAck, resentUnanswered, limit)) {
            return Uni.createFrom().voidItem();
        }
        return broker.reconnect("no car ack heard for " + limit.toSeconds() + " s while " + resentUnanswered
                + " sent command(s) still wait for theirs; the broker may have stopped delivering the acks");
    }

    /**
     * True when commands are still unanswered, the connection has been up for at least the limit (so a reconnect
     * happens at most once per limit), and no ack was heard within the limit.
     */
    static boolean isStalled(Instant now, Instant connectedSince, Instant lastAck, int resentUnanswered,
            Duration limit) {
        Instant cutoff = now.minus(limit);
        return resentUnanswered > 0
                && connectedSince != null && !connectedSince.isAfter(cutoff)
                && (lastAck == null || !lastAck.isAfter(cutoff));
    }
}
