package dev.remotecommands.command.testing;

import dev.remotecommands.contracts.CommandSignature;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A fresh Ed25519 signing key for the test run, as run.sh and production provide one. */
public class SigningKeyTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("commands.signing.private-key",
                CommandSignature.encode(CommandSignature.generateKeyPair().getPrivate()));
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
