package dev.remotecommands.otp.service;

import dev.remotecommands.otp.config.OtpConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The only form in which a code is stored: HMAC-SHA256 keyed with {@code otp.hmac-secret} over
 * {@code requestId:code}, so that equal codes of two challenges give different MACs and a stolen table does not
 * give the codes away (6 digits are quickly brute-forced without the key).
 */
@ApplicationScoped
public class CodeMac {

    private static final String ALGORITHM = "HmacSHA256";
    static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    @Inject
    public CodeMac(OtpConfig config) {
        this(config.hmacSecret());
    }

    public CodeMac(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("otp.hmac-secret must have at least " + MIN_SECRET_LENGTH
                    + " characters (a random value, e.g. openssl rand -base64 48)");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public byte[] of(UUID requestId, String code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // a Mac is not thread-safe: one per use
            mac.init(key);
            return mac.doFinal((requestId + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether the typed code gives the stored MAC; constant time, so timing tells nothing about the code. */
    public boolean matches(UUID requestId, String typedCode, byte[] storedMac) {
        return MessageDigest.isEqual(of(requestId, typedCode), storedMac);
    }
}
