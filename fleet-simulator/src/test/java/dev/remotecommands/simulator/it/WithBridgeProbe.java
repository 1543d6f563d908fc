package dev.remotecommands.simulator.it;

import dev.remotecommands.simulator.testing.BridgeProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For test classes that talk to the cars as the vehicle-bridge does: one {@link BridgeProbe} connected to the
 * broker before the class's first test and closed after its last.
 */
abstract class WithBridgeProbe {

    protected static BridgeProbe bridge;

    @BeforeAll
    static void connectBridge() {
        bridge = new BridgeProbe();
    }

    @AfterAll
    static void disconnectBridge() {
        bridge.close();
    }
}
