package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.vehicle.CommandType;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
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

    /**
     * The JDK has no call that derives an Ed25519 public key from a private one, but its key-pair generator
     * derives the pair from 32 random bytes, which for Ed25519 are exactly the private key: feeding it those
     * bytes gives the matching public key. A sign-and-verify probe proves the pair fits.
     */
    static PublicKey publicKeyOf(PrivateKey privateKey) {
        byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new IllegalStateException("the Ed25519 private key hides its bytes"));
        PublicKey derived;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new ReplayingRandom(seed));
            derived = generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
        UUID probeId = new UUID(0, 0);
        Instant probeTime = Instant.EPOCH;
        String probe = CommandSignature.sign(privateKey, probeId, "PROBE", CommandType.LOCK, probeTime, probeTime);
        if (!CommandSignature.verify(derived, probe, probeId, "PROBE", CommandType.LOCK, probeTime, probeTime)) {
            throw new IllegalStateException("could not derive the public half of commands.signing.private-key");
        }
        return derived;
    }

    /** A "random" source that hands out the given bytes, so the generator rebuilds a known key pair. */
    private static final class ReplayingRandom extends SecureRandom {

        private final byte[] bytes;

        ReplayingRandom(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] target) {
            if (target.length != bytes.length) {
                throw new IllegalStateException("unexpected request for " + target.length + " random bytes");
            }
            System.arraycopy(bytes, 0, target, 0, target.length);
        }
    }
}
