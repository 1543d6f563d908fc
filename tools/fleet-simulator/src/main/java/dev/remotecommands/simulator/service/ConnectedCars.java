package dev.remotecommands.simulator.service;

import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many cars of the fleet are connected to the broker (subscribed, presence and state published) right now;
 * the readiness check reads it. When the whole fleet is connected it says so in the log, the first time with how
 * long that took since the JVM started: the start time of a large fleet.
 */
public final class ConnectedCars {

    private static final Logger LOG = Logger.getLogger(ConnectedCars.class);

    private final int fleetSize;
    private final long connectingSince = System.nanoTime();
    private final AtomicInteger connected = new AtomicInteger();
    private volatile boolean allConnectedOnce;

    public ConnectedCars(int fleetSize) {
        this.fleetSize = fleetSize;
    }

    void connected() {
        if (connected.incrementAndGet() < fleetSize) {
            return;
        }
        if (allConnectedOnce) {
            LOG.infof("All %d cars are connected again", fleetSize);
            return;
        }
        allConnectedOnce = true;
        LOG.infof("All %d cars connected, %.1f s after the JVM started (%.1f s of connecting)", fleetSize,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, (System.nanoTime() - connectingSince) / 1e9);
    }

    void disconnected() {
        connected.decrementAndGet();
    }

    public int count() {
        return connected.get();
    }

    public int fleetSize() {
        return fleetSize;
    }
}
