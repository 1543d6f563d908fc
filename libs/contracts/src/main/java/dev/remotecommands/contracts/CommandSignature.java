package dev.remotecommands.contracts;

import dev.remotecommands.contracts.vehicle.CommandType;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Ed25519 signatures of commands. The signed text is {@code commandId|vin|type|issuedAt|expiresAt}
 * in UTF-8, with instants in ISO-8601 ({@link Instant#toString()}); command-service signs, the car verifies
 * with the public key it was provisioned with. Keys travel as base64: X.509 SubjectPublicKeyInfo for the
 * public half, PKCS#8 for the private half.
 */
public final class CommandSignature {

    private static final String ALGORITHM = "Ed25519";

    private CommandSignature() {
    }

    /** The exact text that is signed. */
    public static String signedText(UUID commandId, String vin, CommandType type, Instant issuedAt, Instant expiresAt) {
        return commandId + "|" + vin + "|" + type + "|" + issuedAt + "|" + expiresAt;
    }

    /** Base64 signature of the command. */
    public static String sign(PrivateKey key, UUID commandId, String vin, CommandType type, Instant issuedAt,
            Instant expiresAt) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(signedText(commandId, vin, type, issuedAt, expiresAt).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with an Ed25519 key", e);
        }
    }

    /** True only if the signature is well formed and matches the command under this key. */
    public static boolean verify(PublicKey key, String signature, UUID commandId, String vin, CommandType type,
            Instant issuedAt, Instant expiresAt) {
        if (signature == null || commandId == null || vin == null || type == null || issuedAt == null
                || expiresAt == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedText(commandId, vin, type, issuedAt, expiresAt).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    public static PrivateKey privateKey(String base64Pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8.trim())));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    public static PublicKey publicKey(String base64X509) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509.trim())));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * The JDK has no call that derives an Ed25519 public key from a private one, but its key-pair generator
     * derives the pair from 32 random bytes, which for Ed25519 are exactly the private key: feeding it those
     * bytes gives the matching public key. A sign-and-verify probe proves the pair fits.
     */
    public static PublicKey publicKeyOf(PrivateKey privateKey) {
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
        String probe = sign(privateKey, probeId, "PROBE", CommandType.LOCK, probeTime, probeTime);
        if (!verify(derived, probe, probeId, "PROBE", CommandType.LOCK, probeTime, probeTime)) {
            throw new IllegalStateException("could not derive the public half of this Ed25519 private key");
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
