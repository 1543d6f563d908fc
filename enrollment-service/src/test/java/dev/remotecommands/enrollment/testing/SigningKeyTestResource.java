package dev.remotecommands.enrollment.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * A fresh RSA key pair for the run, as run.sh and production provide the private key. The public key is handed to
 * the tests as {@code test.remote-session.public-key}, the way command-service gets it.
 */
public class SigningKeyTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String PUBLIC_KEY = "test.remote-session.public-key";

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return Map.of("enrollment.remote-session.signing-key",
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    PUBLIC_KEY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
