package dev.remotecommands.enrollment.service;

import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.enrollment.config.EnrollmentConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Signs remote-session tokens (RS256 JWT) that command-service verifies with the matching public key. */
@ApplicationScoped
@Startup
public class RemoteSessionSigner {

    private final PrivateKey key;

    public RemoteSessionSigner(EnrollmentConfig config) {
        String encoded = config.remoteSession().signingKey().filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("enrollment.remote-session.signing-key is required"
                        + " (base64 PKCS#8 RSA private key, env ENROLLMENT_REMOTE_SESSION_SIGNING_KEY)"));
        this.key = parse(encoded.trim());
    }

    public String sign(String accountId, String deviceId, List<String> pairedVins, Instant issuedAt,
            Instant expiresAt) {
        return Jwt.issuer(RemoteSessionToken.ISSUER)
                .audience(RemoteSessionToken.AUDIENCE)
                .subject(accountId)
                .claim(RemoteSessionToken.DEVICE_CLAIM, deviceId)
                .claim(RemoteSessionToken.VEHICLES_CLAIM, pairedVins)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim("jti", UUID.randomUUID().toString())
                .jws()
                .sign(key);
    }

    static PrivateKey parse(String base64Pkcs8) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("enrollment.remote-session.signing-key is not a base64 PKCS#8 RSA key", e);
        }
    }
}
