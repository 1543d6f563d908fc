package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.config.EnrollmentConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/** Safety codes are kept only as HMAC-SHA256 keyed with a server secret, and compared in constant time. */
@ApplicationScoped
@Startup
public class SafetyCodeHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public SafetyCodeHasher(EnrollmentConfig config) {
        String secret = config.safetyCode().hmacSecret().filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("enrollment.safety-code.hmac-secret is required"
                        + " (env ENROLLMENT_SAFETY_CODE_HMAC_SECRET); run.sh generates one"));
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hash of the account's code; the account id is mixed in so equal codes of two accounts differ. */
    public String hash(String accountId, String code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((accountId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public boolean matches(String accountId, String code, String storedHash) {
        return MessageDigest.isEqual(hash(accountId, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
