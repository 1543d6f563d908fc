package dev.remotecommands.command.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.security.KeyPair;
import java.util.Map;

/**
 * A fresh RSA key pair for the test run, standing in for enrollment-service's remote-session key: the service gets
 * the public half, the tests (through {@link RemoteSessions}) the private half to mint sessions with.
 */
public class RemoteSessionKeyTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        KeyPair pair = RemoteSessions.generateKeyPair();
        return Map.of("commands.remote-session.verification-key", RemoteSessions.encode(pair.getPublic()),
                RemoteSessions.PRIVATE_KEY_PROPERTY, RemoteSessions.encode(pair.getPrivate()));
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
