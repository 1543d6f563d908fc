package dev.remotecommands.command.testing;

import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Remote-session tokens as enrollment-service issues them, and variants of them that must be refused. */
public final class RemoteSessions {

    /** Where {@link RemoteSessionKeyTestResource} leaves the private key for the tests. */
    static final String PRIVATE_KEY_PROPERTY = "test.remote-session.private-key";

    private static PrivateKey testKey;

    private RemoteSessions() {
    }

    /** A valid 7-day session of this account on this device, signed with the test run's key. */
    public static String of(Account account, String deviceId) {
        return builder(testKey()).subject(account.id()).device(deviceId).sign();
    }

    /** A session signed with the test run's key, to be varied claim by claim. */
    public static Builder builder() {
        return builder(testKey());
    }

    public static Builder builder(PrivateKey key) {
        return new Builder(key);
    }

    private static synchronized PrivateKey testKey() {
        if (testKey == null) {
            String encoded = ConfigProvider.getConfig().getValue(PRIVATE_KEY_PROPERTY, String.class);
            try {
                testKey = KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return testKey;
    }

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The claims of a valid session by default: issued now, for 7 days, by enrollment-service for command-service. */
    public static final class Builder {

        private final PrivateKey key;
        private String issuer = RemoteSessionToken.ISSUER;
        private String audience = RemoteSessionToken.AUDIENCE;
        private String subject = "no-account";
        private String device = Fixture.DEVICE;
        private Instant issuedAt = Instant.now();
        private Instant expiresAt = issuedAt.plus(Duration.ofDays(7));
        private final Map<String, Object> overrides = new LinkedHashMap<>();

        private Builder(PrivateKey key) {
            this.key = key;
        }

        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        public Builder audience(String value) {
            this.audience = value;
            return this;
        }

        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        public Builder device(String value) {
            this.device = value;
            return this;
        }

        public Builder issuedAt(Instant value) {
            this.issuedAt = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        /** Sets a claim to any value, or removes it with {@code null}, after the others are set. */
        public Builder claim(String name, Object value) {
            overrides.put(name, value);
            return this;
        }

        public String sign() {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setAudience(audience);
            claims.setSubject(subject);
            claims.setStringClaim(RemoteSessionToken.DEVICE_CLAIM, device);
            claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
            overrides.forEach((name, value) -> {
                if (value == null) {
                    claims.unsetClaim(name);
                } else {
                    claims.setClaim(name, value);
                }
            });
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setKey(key);
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
