package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a remote-session token on its own with smallrye-jwt's {@link JWTParser}: an RS256 JWS from
 * enrollment-service (its public key), for command-service, not expired, with a subject and a device. On top of
 * what the parser checks, the session's age: opened at most {@code max-age} ago, and not in the future. Whose account
 * and which car are the {@link RemoteSessionGuard}'s business. Loaded at startup: without the key no command could
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

    private static final Set<String> REQUIRED_CLAIMS = Set.of(Claims.iss.name(), Claims.aud.name(),
            Claims.sub.name(), Claims.iat.name(), Claims.exp.name(), RemoteSessionToken.DEVICE_CLAIM);

    private final JWTParser parser;
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
        // built here, not from mp.jwt.* configuration: quarkus-oidc owns the bearer token, this parser only sessions
        this.parser = new DefaultJWTParser(authContext(verificationKey, clockSkew));
        this.maxAge = maxAge;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    /** What makes a token a session of enrollment-service for command-service, as smallrye-jwt checks it. */
    static JWTAuthContextInfo authContext(PublicKey verificationKey, Duration clockSkew) {
        JWTAuthContextInfo context = new JWTAuthContextInfo();
        context.setPublicVerificationKey(verificationKey);
        // only enrollment-service's RSA key can vouch for a session: "none", HS256 and the rest are refused
        context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        context.setRelaxVerificationKeyValidation(false);
        context.setIssuedBy(RemoteSessionToken.ISSUER);
        context.setExpectedAudience(Set.of(RemoteSessionToken.AUDIENCE));
        context.setRequiredClaims(REQUIRED_CLAIMS);
        // the same tolerance with enrollment-service's clock for exp and nbf as for the session's age below
        context.setClockSkew(Math.toIntExact(clockSkew.toSeconds()));
        return context;
    }

    /** The session the token stands for; a 403 {@code safety-code-required} problem when it cannot be trusted. */
    public RemoteSession verify(String token) {
        if (token == null || token.isBlank()) {
            throw RemoteSessionRejection.MISSING.problem();
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token.trim());
        } catch (ParseException e) {
            throw RemoteSessionRefusal.of(e);
        }
        return checkedAge(session(jwt));
    }

    private static RemoteSession session(JsonWebToken jwt) {
        String accountId = jwt.getSubject();
        // a device id that is no text: signed by the right key, but not a session token we understand
        if (!(jwt.getClaim(RemoteSessionToken.DEVICE_CLAIM) instanceof String deviceId)
                || deviceId.isBlank() || accountId == null || accountId.isBlank()) {
            throw RemoteSessionRejection.MALFORMED.problem();
        }
        return new RemoteSession(accountId, deviceId, pairedVins(jwt), Instant.ofEpochSecond(jwt.getIssuedAtTime()),
                Instant.ofEpochSecond(jwt.getExpirationTime()));
    }

    /** The claim's VINs; none when the claim is missing or not a list of strings (it grants nothing either way). */
    private static Set<String> pairedVins(JsonWebToken jwt) {
        if (!(jwt.getClaim(RemoteSessionToken.VEHICLES_CLAIM) instanceof Collection<?> values)) {
            return Set.of();
        }
        return values.stream()
                .map(value -> value instanceof JsonString text ? text.getString() : value)
                .filter(String.class::isInstance).map(String.class::cast)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The safety code must be entered again after {@code max-age}, whatever the session's expiry says. */
    private RemoteSession checkedAge(RemoteSession session) {
        Instant now = clock.instant();
        if (session.issuedAt().isAfter(now.plus(clockSkew))) {
            throw RemoteSessionRejection.NOT_GENUINE.problem("The remote session claims to be issued in the future ("
                    + session.issuedAt() + "); it was not issued by enrollment-service.");
        }
        if (now.isAfter(session.issuedAt().plus(maxAge))) {
            throw RemoteSessionRejection.TOO_OLD.problem("The remote session is older than " + describe(maxAge)
                    + " (opened at " + session.issuedAt() + "); the safety code must be entered again after that.");
        }
        return session;
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
