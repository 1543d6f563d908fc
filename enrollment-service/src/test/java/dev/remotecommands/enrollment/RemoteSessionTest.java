package dev.remotecommands.enrollment;

import static dev.remotecommands.enrollment.testing.Fixture.DEVICE;
import static dev.remotecommands.enrollment.testing.Fixture.SAFETY_CODE;
import static dev.remotecommands.enrollment.testing.Fixture.activatedVehicle;
import static dev.remotecommands.enrollment.testing.Fixture.as;
import static dev.remotecommands.enrollment.testing.Fixture.expect;
import static dev.remotecommands.enrollment.testing.Fixture.now;
import static dev.remotecommands.enrollment.testing.Fixture.openRemoteSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.contracts.session.RemoteSessionToken;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.enrollment.testing.FakeOtpService;
import dev.remotecommands.enrollment.testing.Fixture;
import dev.remotecommands.enrollment.testing.SigningKeyTestResource;
import dev.remotecommands.infrastructure.testing.RealmDrivers;
import dev.remotecommands.infrastructure.testing.RealmDrivers.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

@QuarkusTest
class RemoteSessionTest {

    private final Account driver = RealmDrivers.driver();

    @BeforeEach
    void certified() {
        Fixture.forget(driver);
        activatedVehicle(driver);
        Fixture.certifiedAccount(driver);
    }

    @Test
    void theRightCodeGivesA7DayTokenThatCommandServiceCanVerify() throws Exception {
        Response response = openRemoteSession(driver, DEVICE, SAFETY_CODE);
        expect(response, 201);
        JwtClaims claims = verifier().processToClaims(response.path("token"));
        assertThat(claims.getIssuer()).isEqualTo(RemoteSessionToken.ISSUER);
        assertThat(claims.getAudience()).containsExactly(RemoteSessionToken.AUDIENCE);
        assertThat(claims.getSubject()).isEqualTo(driver.id());
        assertThat(claims.getStringClaimValue(RemoteSessionToken.DEVICE_CLAIM)).isEqualTo(DEVICE);
        assertThat(claims.getJwtId()).isNotBlank();
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(lifetime).isEqualTo(Duration.ofDays(7).toSeconds());
        assertThat(Instant.parse(response.path("expiresAt")).getEpochSecond())
                .isEqualTo(claims.getExpirationTime().getValue());
    }

    @Test
    void theTokenListsTheCarsTheDeviceIsPairedWithSoCommandServiceCanTellAnActivationOnItsWay() throws Exception {
        JwtClaims before = verifier().processToClaims(openRemoteSession(driver, DEVICE, SAFETY_CODE).path("token"));
        assertThat(before.getStringListClaimValue(RemoteSessionToken.VEHICLES_CLAIM)).isEmpty();

        String vin = Fixture.activatedVehicle(driver);
        Fixture.pairedVehicle(driver, vin, DEVICE);
        Fixture.registeredDevice(driver, "tablet");
        JwtClaims after = verifier().processToClaims(openRemoteSession(driver, DEVICE, SAFETY_CODE).path("token"));
        assertThat(after.getStringListClaimValue(RemoteSessionToken.VEHICLES_CLAIM)).containsExactly(vin);
        JwtClaims ofTheTablet = verifier().processToClaims(openRemoteSession(driver, "tablet", SAFETY_CODE)
                .path("token"));
        assertThat(ofTheTablet.getStringListClaimValue(RemoteSessionToken.VEHICLES_CLAIM)).as("not paired").isEmpty();
    }

    @Test
    void anUnregisteredDeviceIs409() {
        Response response = openRemoteSession(driver, "someone-elses-phone", SAFETY_CODE);
        expect(response, 409);
        assertThat(response.<String>path("nextStep")).isEqualTo("SAFETY_CODE");
    }

    @Test
    void threeWrongCodesLockEachLockIsLongerAndOnlyAnSmsResetClearsIt() {
        Instant started = now();
        double lockoutsBefore = lockouts();
        assertWrong(2);
        assertWrong(1);
        Response firstLock = openRemoteSession(driver, DEVICE, "9999");
        expect(firstLock, 423);
        Duration firstLength = lockLength(firstLock);
        assertThat(firstLock.header("Retry-After")).isNotNull();
        assertThat(lockouts()).isEqualTo(lockoutsBefore + 1);
        // a lock ends the sessions opened before it: whoever guesses may hold one
        Fixture.sessionsEnded(driver, SessionsEndReason.SAFETY_CODE_LOCKED, started);

        expect(openRemoteSession(driver, DEVICE, SAFETY_CODE), 423); // even the right code while locked
        assertThat(lockouts()).as("a try while locked starts no new lockout").isEqualTo(lockoutsBefore + 1);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> openRemoteSession(driver, DEVICE, SAFETY_CODE).statusCode() == 201);
        // a right code resets the count, not the escalation: the next lock is longer
        assertWrong(2);
        assertWrong(1);
        Response secondLock = openRemoteSession(driver, DEVICE, "9999");
        expect(secondLock, 423);
        assertThat(lockLength(secondLock)).isGreaterThan(firstLength);
        assertThat(lockouts()).isEqualTo(lockoutsBefore + 2);

        Instant since = now();
        Response reset = as(driver).post("/v1/safety-code/reset");
        expect(reset, 202);
        assertThat(reset.<Integer>path("codeLength")).isEqualTo(6);
        String requestId = (String) Fixture.otpRequested(driver, OtpPurpose.SAFETY_CODE_RESET, since).get("requestId");
        FakeOtpService.expectCode(requestId, "654321");
        expect(as(driver).body(Map.of("deviceId", DEVICE, "safetyCode", "5927", "confirmation", "5927",
                "resetCode", "654321")).put("/v1/safety-code"), 200);
        Fixture.sessionsEnded(driver, SessionsEndReason.SAFETY_CODE_RESET, since);

        expect(openRemoteSession(driver, DEVICE, "5927"), 201);
        expect(openRemoteSession(driver, DEVICE, SAFETY_CODE), 422); // the old code no longer works
    }

    @Test
    void parallelWrongGuessesAllCount() {
        double lockoutsBefore = lockouts();
        List<CompletableFuture<Integer>> guesses = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> openRemoteSession(driver, DEVICE, "999" + i)
                        .statusCode()))
                .toList();
        List<Integer> statuses = guesses.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsExactlyInAnyOrder(422, 422, 423);
        expect(openRemoteSession(driver, DEVICE, SAFETY_CODE), 423);
        assertThat(lockouts()).isEqualTo(lockoutsBefore + 1);
    }

    private static double lockouts() {
        return Fixture.metrics().sum("safety_code_lockouts_total");
    }

    private void assertWrong(int attemptsLeft) {
        Response wrong = openRemoteSession(driver, DEVICE, "9999");
        expect(wrong, 422);
        assertThat(wrong.<Integer>path("attemptsLeft")).isEqualTo(attemptsLeft);
    }

    private static Duration lockLength(Response locked) {
        return Duration.between(Instant.now(), Instant.parse(locked.path("lockedUntil")));
    }

    private static JwtConsumer verifier() throws Exception {
        String encoded = ConfigProvider.getConfig().getValue(SigningKeyTestResource.PUBLIC_KEY, String.class);
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        return new JwtConsumerBuilder().setVerificationKey(key).setExpectedIssuer(RemoteSessionToken.ISSUER)
                .setExpectedAudience(RemoteSessionToken.AUDIENCE).setRequireExpirationTime().setRequireJwtId()
                .build();
    }
}
