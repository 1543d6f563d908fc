package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.vehicle.CommandType;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.UUID;

/**
 * Signs commands with the service's Ed25519 key and knows its public half, which cars are provisioned
 * with. Loaded at startup: without a usable key the service refuses to start rather than accept commands
 * that no car would run.
 */
@Startup
@ApplicationScoped
public class CommandSigner {

    static final String MISSING_KEY = "commands.signing.private-key is not set. command-service signs every command"
            + " with Ed25519 and cannot start without its key: set the environment variable"
            + " COMMANDS_SIGNING_PRIVATE_KEY (or -Dcommands.signing.private-key) to a base64 PKCS#8 Ed25519 private"
            + " key, e.g. CommandSignature.encode(CommandSignature.generateKeyPair().getPrivate()).";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public CommandSigner(CommandsConfig config) {
        String encoded = config.signing().privateKey().filter(key -> !key.isBlank())
                .orElseThrow(() -> new IllegalStateException(MISSING_KEY));
        try {
            this.privateKey = CommandSignature.privateKey(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("commands.signing.private-key is not a base64 PKCS#8 Ed25519 private key."
                    + " Generate one with CommandSignature.generateKeyPair() and encode its private half.", e);
        }
        this.publicKey = publicKeyOf(privateKey);
    }

    public String sign(UUID commandId, String vin, CommandType type, Instant issuedAt, Instant expiresAt) {
        return CommandSignature.sign(privateKey, commandId, vin, type, issuedAt, expiresAt);
    }

    /** Base64 X.509 SubjectPublicKeyInfo, as cars are provisioned with. */
    public String encodedPublicKey() {
        return CommandSignature.encode(publicKey);
    }

    /** The public half of the key (the derivation lives with the signature format, in the contracts). */
    static PublicKey publicKeyOf(PrivateKey privateKey) {
        return CommandSignature.publicKeyOf(privateKey);
    }
}
