package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.InvalidAlgorithmException;
import org.jose4j.lang.JoseException;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Checks a remote-session token on its own: an RS256 JWS from enrollment-service (its public key), for
 * command-service, not expired, not older than the age limit, with a subject and a device. Whose account and
 * which car are the {@link RemoteSessionGuard}'s business. Loaded at startup: without the key no command could
 * ever be accepted, so the service refuses to start instead.
 */
@Startup
@ApplicationScoped
public class RemoteSessionVerifier {

    static final String MISSING_KEY = "commands.remote-session.verification-key is not set. command-service checks"
            + " every command's remote session (X-Remote-Session) with enrollment-service's RS256 public key and"
            + " cannot start without it: set COMMANDS_REMOTE_SESSION_VERIFICATION_KEY (or"
            + " -Dcommands.remote-session.verification-key) to the base64 X.509 SubjectPublicKeyInfo of the key"
            + " that signs remote sessions.";

    private static final AlgorithmConstraints RS256_ONLY = new AlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256);

    private final PublicKey verificationKey;
    private final Duration maxAge;
    private final Duration clockSkew;
    private final Clock clock;

    @Inject
    public RemoteSessionVerifier(CommandsConfig config, Clock clock) {
        this(publicKey(config.remoteSession().verificationKey().filter(key -> !key.isBlank())
                        .orElseThrow(() -> new IllegalStateException(MISSING_KEY))),
                config.remoteSession().maxAge(), config.remoteSession().clockSkew(), clock);
    }

    RemoteSessionVerifier(PublicKey verificationKey, Duration maxAge, Duration clockSkew, Clock clock) {
        this.verificationKey = verificationKey;
        this.maxAge = maxAge;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    /** The session the token stands for; a 403 {@code safety-code-required} problem when it cannot be trusted. */
    public RemoteSession verify(String token) {
        if (token == null || token.isBlank()) {
            throw RemoteSessionRejection.MISSING.problem();
        }
        JsonWebSignature jws = parse(token.trim());
        if (!hasGenuineSignature(jws)) {
            throw RemoteSessionRejection.NOT_GENUINE.problem();
        }
        try {
            return checked(claimsOf(jws));
        } catch (MalformedClaimException e) {
            // e.g. "exp" as text: signed by the right key, but not a session token we understand
            throw RemoteSessionRejection.MALFORMED.problem();
        }
    }

    private static JsonWebSignature parse(String token) {
        JsonWebStructure structure;
        try {
            structure = JsonWebStructure.fromCompactSerialization(token);
        } catch (JoseException | RuntimeException e) {
            throw RemoteSessionRejection.MALFORMED.problem();
        }
        if (!(structure instanceof JsonWebSignature jws)) {
            throw RemoteSessionRejection.MALFORMED.problem(); // an encrypted JWT is no session token
        }
        return jws;
    }

    private boolean hasGenuineSignature(JsonWebSignature jws) {
        jws.setAlgorithmConstraints(RS256_ONLY);
        jws.setKey(verificationKey);
        try {
            return jws.verifySignature();
        } catch (InvalidAlgorithmException e) {
            // "none", HS256 and friends: only enrollment-service's RSA key can vouch for a session
            return false;
        } catch (JoseException | RuntimeException e) {
            // unknown critical headers, a signature of the wrong length, bytes that are no base64url
            throw RemoteSessionRejection.MALFORMED.problem();
        }
    }

    private static JwtClaims claimsOf(JsonWebSignature verified) {
        try {
            return JwtClaims.parse(verified.getPayload());
        } catch (InvalidJwtException | JoseException | RuntimeException e) {
            throw RemoteSessionRejection.MALFORMED.problem();
        }
    }

    private RemoteSession checked(JwtClaims claims) throws MalformedClaimException {
        List<String> audience = claims.getAudience();
        if (!RemoteSessionToken.ISSUER.equals(claims.getIssuer())
                || audience == null || !audience.contains(RemoteSessionToken.AUDIENCE)) {
            throw RemoteSessionRejection.NOT_GENUINE.problem();
        }
        Instant expiresAt = instant(claims.getExpirationTime());
        Instant issuedAt = instant(claims.getIssuedAt());
        String accountId = claims.getSubject();
        String deviceId = claims.getStringClaimValue(RemoteSessionToken.DEVICE_CLAIM);
        if (expiresAt == null || issuedAt == null || isBlank(accountId) || isBlank(deviceId)) {
            throw RemoteSessionRejection.MALFORMED.problem();
        }
        Instant now = clock.instant();
        if (!now.isBefore(expiresAt.plus(clockSkew))) {
            throw RemoteSessionRejection.EXPIRED.problem("The remote session expired at " + expiresAt + ".");
        }
        if (issuedAt.isAfter(now.plus(clockSkew))) {
            throw RemoteSessionRejection.NOT_GENUINE.problem("The remote session claims to be issued in the future ("
                    + issuedAt + "); it was not issued by enrollment-service.");
        }
        if (now.isAfter(issuedAt.plus(maxAge))) {
            throw RemoteSessionRejection.TOO_OLD.problem("The remote session is older than " + describe(maxAge)
                    + " (opened at " + issuedAt + "); the safety code must be entered again after that.");
        }
        NumericDate notBefore = claims.getNotBefore();
        if (notBefore != null && instant(notBefore).isAfter(now.plus(clockSkew))) {
            throw RemoteSessionRejection.NOT_GENUINE.problem("The remote session is not valid before "
                    + instant(notBefore) + ".");
        }
        return new RemoteSession(accountId, deviceId, issuedAt, expiresAt);
    }

    private static Instant instant(NumericDate date) {
        return date == null ? null : Instant.ofEpochSecond(date.getValue());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** "7 days" for whole days, else the ISO duration: the age limit in words the driver can read. */
    static String describe(Duration age) {
        long days = age.toDays();
        if (days > 0 && age.equals(Duration.ofDays(days))) {
            return days == 1 ? "1 day" : days + " days";
        }
        return age.toString();
    }

    static PublicKey publicKey(String base64X509) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("commands.remote-session.verification-key is not a base64 X.509"
                    + " SubjectPublicKeyInfo RSA public key. Use the public half of enrollment-service's"
                    + " enrollment.remote-session.signing-key.", e);
        }
    }
}
