package dev.remotecommands.command.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.remotecommands.command.testing.RemoteSessions;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.problem.ProblemException;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

class RemoteSessionVerifierTest {

    private static final KeyPair ENROLLMENT_KEY = RemoteSessions.generateKeyPair();
    /** The real present: smallrye-jwt judges exp and nbf by the system's time; the age rule by the clock below. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Duration MAX_AGE = Duration.ofDays(7);
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final RemoteSessionVerifier verifier = new RemoteSessionVerifier(ENROLLMENT_KEY.getPublic(), MAX_AGE, SKEW,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static RemoteSessions.Builder session() {
        return RemoteSessions.builder(ENROLLMENT_KEY.getPrivate()).subject("account-1").device("phone-1")
                .issuedAt(NOW.minus(Duration.ofHours(1))).expiresAt(NOW.plus(Duration.ofDays(6)));
    }

    @Test
    void aSessionFromEnrollmentServiceGivesItsAccountAndDevice() {
        RemoteSession session = verifier.verify(session().sign());

        assertThat(session.accountId()).isEqualTo("account-1");
        assertThat(session.deviceId()).isEqualTo("phone-1");
        assertThat(session.issuedAt()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(session.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(6)));
    }

    @Test
    void noTokenAtAll() {
        assertRefused(null, RemoteSessionRejection.MISSING);
        assertRefused("", RemoteSessionRejection.MISSING);
        assertRefused("   ", RemoteSessionRejection.MISSING);
    }

    @Test
    void somethingThatIsNoTokenIsMalformed() {
        for (String garbage : new String[] { "not-a-token", "a.b.c", "Bearer x.y.z", "....", "eyJ.eyJ.", "%%%.%%%.%%%" }) {
            assertRefused(garbage, RemoteSessionRejection.MALFORMED);
        }
        String valid = session().sign();
        // a well-formed token whose signature was cut off
        assertRefused(valid.substring(0, valid.lastIndexOf('.')) + ".AAAA", RemoteSessionRejection.NOT_GENUINE);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsNotGenuine() {
        String forged = RemoteSessions.builder(RemoteSessions.generateKeyPair().getPrivate()).subject("account-1")
                .device("phone-1").issuedAt(NOW).expiresAt(NOW.plus(Duration.ofDays(7))).sign();

        assertRefused(forged, RemoteSessionRejection.NOT_GENUINE);
    }

    @Test
    void aTamperedPayloadIsNotGenuine() {
        String[] parts = session().sign().split("\\.");
        String otherPayload = session().subject("account-2").sign().split("\\.")[1];

        assertRefused(parts[0] + "." + otherPayload + "." + parts[2], RemoteSessionRejection.NOT_GENUINE);
    }

    @Test
    void onlyRs256IsAccepted() throws Exception {
        String payload = "{\"iss\":\"" + RemoteSessionToken.ISSUER + "\",\"aud\":\"" + RemoteSessionToken.AUDIENCE
                + "\",\"sub\":\"account-1\",\"device_id\":\"phone-1\",\"iat\":" + NOW.getEpochSecond() + ",\"exp\":"
                + NOW.plus(Duration.ofDays(1)).getEpochSecond() + "}";

        JsonWebSignature unsigned = new JsonWebSignature();
        unsigned.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        unsigned.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        unsigned.setPayload(payload);
        assertRefused(unsigned.getCompactSerialization(), RemoteSessionRejection.NOT_GENUINE);

        // HMAC keyed with the public key's bytes: the classic algorithm-confusion forgery
        JsonWebSignature hmac = new JsonWebSignature();
        hmac.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        hmac.setKey(new HmacKey(ENROLLMENT_KEY.getPublic().getEncoded()));
        hmac.setPayload(payload);
        assertRefused(hmac.getCompactSerialization(), RemoteSessionRejection.NOT_GENUINE);
    }

    @Test
    void anotherIssuerOrAudienceIsNotGenuine() {
        assertRefused(session().issuer("https://elsewhere.example").sign(), RemoteSessionRejection.NOT_GENUINE);
        assertRefused(session().audience("vehicle-bridge").sign(), RemoteSessionRejection.NOT_GENUINE);
        assertRefused(session().claim("iss", null).sign(), RemoteSessionRejection.NOT_GENUINE);
        assertRefused(session().claim("aud", null).sign(), RemoteSessionRejection.NOT_GENUINE);
    }

    @Test
    void anExpiredSessionIsRefusedBeyondTheClockSkew() {
        assertRefused(session().expiresAt(NOW.minus(Duration.ofMinutes(1))).sign(), RemoteSessionRejection.EXPIRED);
        assertThat(verifier.verify(session().expiresAt(NOW.minusSeconds(10)).sign()).accountId())
                .isEqualTo("account-1");
    }

    @Test
    void aSessionOlderThanSevenDaysIsRefusedWhateverItsExpiry() {
        String old = session().issuedAt(NOW.minus(Duration.ofDays(7)).minusSeconds(1))
                .expiresAt(NOW.plus(Duration.ofDays(30))).sign();

        assertThatThrownBy(() -> verifier.verify(old)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.extensions()).containsEntry("reason", "TOO_OLD");
            assertThat(problem.detail()).contains("older than 7 days");
        });
        assertThat(verifier.verify(session().issuedAt(NOW.minus(Duration.ofDays(7))).sign()).deviceId())
                .isEqualTo("phone-1");
    }

    @Test
    void aSessionIssuedInTheFutureIsNotGenuine() {
        assertRefused(session().issuedAt(NOW.plus(Duration.ofMinutes(5))).sign(), RemoteSessionRejection.NOT_GENUINE);
    }

    @Test
    void aSessionNotValidYetIsNotGenuine() {
        assertRefused(session().claim("nbf", NOW.plus(Duration.ofMinutes(5)).getEpochSecond()).sign(),
                RemoteSessionRejection.NOT_GENUINE);
        assertThat(verifier.verify(session().claim("nbf", NOW.plusSeconds(10).getEpochSecond()).sign()).accountId())
                .isEqualTo("account-1");
    }

    @Test
    void aSessionWithoutItsClaimsIsMalformed() {
        assertRefused(session().claim(RemoteSessionToken.DEVICE_CLAIM, null).sign(), RemoteSessionRejection.MALFORMED);
        assertRefused(session().claim(RemoteSessionToken.DEVICE_CLAIM, " ").sign(), RemoteSessionRejection.MALFORMED);
        assertRefused(session().claim("sub", null).sign(), RemoteSessionRejection.MALFORMED);
        assertRefused(session().claim("exp", null).sign(), RemoteSessionRejection.MALFORMED);
        assertRefused(session().claim("iat", null).sign(), RemoteSessionRejection.MALFORMED);
        assertRefused(session().claim("sub", " ").sign(), RemoteSessionRejection.MALFORMED);
        assertRefused(session().claim("exp", "tomorrow").sign(), RemoteSessionRejection.MALFORMED);
        assertRefused(session().claim(RemoteSessionToken.DEVICE_CLAIM, 42).sign(), RemoteSessionRejection.MALFORMED);
    }

    @Test
    void everyRefusalIsA403SayingWhatToDo() {
        assertThatThrownBy(() -> verifier.verify(null)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(403);
            assertThat(problem.type()).isEqualTo("https://remote-commands.dev/problems/safety-code-required");
            assertThat(problem.detail()).contains("X-Remote-Session").contains("POST /v1/remote-sessions");
        });
    }

    @Test
    void theAgeLimitIsToldInWords() {
        assertThat(RemoteSessionVerifier.describe(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(RemoteSessionVerifier.describe(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(RemoteSessionVerifier.describe(Duration.ofHours(36))).isEqualTo("PT36H");
    }

    @Test
    void aKeyThatIsNoRsaPublicKeyStopsTheStart() {
        assertThatThrownBy(() -> RemoteSessionVerifier.publicKey("bm90IGEga2V5"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("commands.remote-session.verification-key");
        assertThat(RemoteSessionVerifier.publicKey(RemoteSessions.encode(ENROLLMENT_KEY.getPublic())))
                .isEqualTo(ENROLLMENT_KEY.getPublic());
    }

    private void assertRefused(String token, RemoteSessionRejection reason) {
        assertThatThrownBy(() -> verifier.verify(token))
                .as("token %s", token)
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(403);
                    assertThat(problem.extensions()).containsEntry("reason", reason.name());
                });
    }
}
