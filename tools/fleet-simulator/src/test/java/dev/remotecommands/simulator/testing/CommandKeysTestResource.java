package dev.remotecommands.simulator.testing;

import dev.remotecommands.contracts.CommandSignature;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.security.KeyPair;
import java.util.Map;

/**
 * Plays command-service's signing key: the simulator gets the public half as its command-verification key,
 * the tests keep the private half to sign the commands they send as the bridge.
 */
public class CommandKeysTestResource implements QuarkusTestResourceLifecycleManager {

    /** The platform's key pair for this test run. */
    public static final KeyPair PLATFORM_KEYS = CommandSignature.generateKeyPair();

    @Override
    public Map<String, String> start() {
        return Map.of("simulator.command-verification-key", CommandSignature.encode(PLATFORM_KEYS.getPublic()));
    }

    @Override
    public void stop() {
        // Nothing to release.
    }
}
