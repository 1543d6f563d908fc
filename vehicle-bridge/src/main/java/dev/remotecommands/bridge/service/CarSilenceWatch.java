package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.config.BridgeConfig;
import dev.remotecommands.bridge.messaging.BrokerSession;
import dev.remotecommands.contracts.vehicle.Presence;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notices when this bridge hears nothing from the cars although some are connected. Every connected car says it is
 * there at least once per heartbeat, so silence for {@code bridge.mqtt.car-silence-limit} on a connection that old
 * means the broker no longer hands this bridge its share of the cars' messages: {@link CarSilenceHealth} then fails
 * the liveness check and Kubernetes restarts the bridge. Which cars are connected is learnt from the presence
 * reports this instance read (with shared subscriptions, its share of the fleet); a bridge that has heard of no
 * connected car yet has nothing to miss.
 */
@ApplicationScoped
public class CarSilenceWatch {

    private final BrokerSession broker;
    private final Clock clock;
    private final Duration limit;
    private final Set<String> connectedCars = ConcurrentHashMap.newKeySet();
    private volatile Instant lastHeard;

    public CarSilenceWatch(BrokerSession broker, BridgeConfig config, Clock clock) {
        this.broker = broker;
        this.clock = clock;
        this.limit = config.mqtt().carSilenceLimit();
    }

    /** Called for every message received from a car, readable or not. */
    public void heard() {
        lastHeard = clock.instant();
    }

    /** Called for every presence report read. */
    public void presence(String vin, Presence presence) {
        if (presence == Presence.OFFLINE) {
            connectedCars.remove(vin);
        } else {
            connectedCars.add(vin);
        }
    }

    public int connectedCars() {
        return connectedCars.size();
    }

    public Instant lastHeard() {
        return lastHeard;
    }

    public boolean isSilent() {
        return isSilent(clock.instant(), broker.connectedSince(), lastHeard, connectedCars.size(), limit);
    }

    /** True when cars are known to be connected, the connection is at least the limit old, and none was heard within it. */
    static boolean isSilent(Instant now, Instant connectedSince, Instant lastHeard, int connectedCars,
            Duration limit) {
        Instant cutoff = now.minus(limit);
        return connectedCars > 0
                && connectedSince != null && !connectedSince.isAfter(cutoff)
                && (lastHeard == null || !lastHeard.isAfter(cutoff));
    }
}
