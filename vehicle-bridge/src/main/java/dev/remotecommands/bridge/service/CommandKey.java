package dev.remotecommands.bridge.service;

import dev.remotecommands.contracts.CommandSignature;

import java.util.Optional;

/**
 * The command-verification key the bridge hands to the cars in their provisioning: command-service's Ed25519 public
 * key, base64 X.509. A car cannot check a command without it, so no provisioning goes out without a usable key.
 */
public record CommandKey(String base64, String problem) {

    /** The configured key if it is a readable Ed25519 public key; otherwise what is wrong with it. */
    public static CommandKey of(Optional<String> configured) {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return new CommandKey(null, "bridge.command-verification-key is not set");
        }
        String key = configured.get().trim();
        try {
            CommandSignature.publicKey(key);
        } catch (IllegalArgumentException e) {
            return new CommandKey(null, "bridge.command-verification-key is not a base64 X.509 Ed25519 public key");
        }
        return new CommandKey(key, null);
    }

    public boolean usable() {
        return base64 != null;
    }
}
