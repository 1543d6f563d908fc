package dev.remotecommands.local;

import dev.remotecommands.contracts.CommandSignature;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of one local run or system-test run, generated fresh each time so that none is ever committed.
 * Production sets each of them from its own secret store.
 *
 * @param commandSigningKey           Ed25519 private key (base64 PKCS#8) command-service signs commands with
 * @param commandVerificationKey      its public half (base64 X.509): the bridge provisions it, the cars verify with it
 * @param remoteSessionSigningKey     RSA private key (base64 PKCS#8) enrollment-service signs remote sessions with
 * @param remoteSessionVerificationKey its public half (base64 X.509), command-service verifies sessions with it
 * @param otpHmacSecret               otp-service's key for the hashes of one-time codes
 * @param safetyCodeHmacSecret        enrollment-service's key for the hash of safety codes
 */
public record PlatformSecrets(String commandSigningKey, String commandVerificationKey, String remoteSessionSigningKey,
        String remoteSessionVerificationKey, String otpHmacSecret, String safetyCodeHmacSecret) {

    private static final int RSA_BITS = 2048;
    private static final int HMAC_SECRET_BYTES = 32;

    public static PlatformSecrets generate() {
        KeyPair commands = CommandSignature.generateKeyPair();
        KeyPair sessions = rsaKeyPair();
        return new PlatformSecrets(CommandSignature.encode(commands.getPrivate()),
                CommandSignature.encode(commands.getPublic()), base64(sessions.getPrivate().getEncoded()),
                base64(sessions.getPublic().getEncoded()), randomSecret(), randomSecret());
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has RSA", e);
        }
    }

    private static String randomSecret() {
        byte[] secret = new byte[HMAC_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return base64(secret);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
