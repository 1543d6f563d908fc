package dev.remotecommands.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.local.journey.DriverJourney;
import dev.remotecommands.systemtests.testing.Bff;
import dev.remotecommands.systemtests.testing.DriverApi;
import dev.remotecommands.systemtests.testing.Platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The 7-day rule, with the week shortened to seconds: a remote session stops working when it expires; command-service
 * also refuses one older than its own cap, whatever expiry enrollment-service wrote in it; and entering the safety
 * code again opens a new session that works. Both services get their settings back afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionLifetimeIT {

    private static final String VIN = "VF7DEMCAR00000002";
    private static final Driver DRIVER = Driver.DEMO;
    /** command-service's cap on a session's age for this class (its default is 7 days). */
    private static final Duration MAX_AGE = Duration.ofSeconds(6);
    /** command-service's tolerance for enrollment-service's clock (30 s by default), short so expiry shows fast. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(1);

    private static Platform platform;
    private static DriverJourney journey;
    private static volatile boolean enrollmentChanged;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        journey = platform.journey();
        // certified before any restart, so the run's shared 7-day session of car 2 is an ordinary one
        platform.certified(DRIVER, VIN);
        platform.restartWith(LocalPlatform.COMMAND, Map.of(
                "commands.remote-session.max-age", MAX_AGE.toString(),
                "commands.remote-session.clock-skew", CLOCK_SKEW.toString()));
    }

    @AfterAll
    static void restoreSettings() {
        try {
            if (enrollmentChanged) {
                platform.restartWith(LocalPlatform.ENROLLMENT, Map.of());
            }
        } finally {
            platform.restartWith(LocalPlatform.COMMAND, Map.of());
        }
    }

    @Test
    @Order(1)
    void a_week_old_session_is_refused_by_command_service_whatever_its_expiry_says() {
        DriverJourney.Session session = journey.openRemoteSession(DRIVER, token());
        Bff driver = bff(session);
        Instant issuedAt = DriverApi.claimTime(session.remoteSession(), "iat");
        assertThat(DriverApi.claimTime(session.remoteSession(), "exp")).isAfter(Instant.now().plus(Duration.ofDays(6)));

        assertCommandWorks(driver);

        awaitPast(issuedAt.plus(MAX_AGE));
        assertThat(DriverApi.safetyCodeRequiredReason(driver.send(VIN, "LOCK"))).isEqualTo("TOO_OLD");

        assertCommandWorks(bff(journey.openRemoteSession(DRIVER, token())));
    }

    @Test
    @Order(2)
    void an_expired_session_needs_the_safety_code_again_and_a_new_one_works() {
        enrollmentChanged = true;
        platform.restartWith(LocalPlatform.ENROLLMENT, Map.of("enrollment.remote-session.lifetime", "PT5S"));
        DriverJourney.Session session = journey.openRemoteSession(DRIVER, token());
        Bff driver = bff(session);
        Instant expiresAt = DriverApi.claimTime(session.remoteSession(), "exp");
        assertThat(expiresAt).isBefore(Instant.now().plus(Duration.ofSeconds(6)));

        assertCommandWorks(driver);

        // EXPIRED is checked before the age cap, which this short session would also reach
        awaitPast(expiresAt.plus(CLOCK_SKEW));
        assertThat(DriverApi.safetyCodeRequiredReason(driver.send(VIN, "LOCK"))).isEqualTo("EXPIRED");

        assertCommandWorks(bff(journey.openRemoteSession(DRIVER, token())));
    }

    /**
     * A LOCK goes through to the car. LOCK because the system tests lift its rate limit and because car 2's other
     * test (an UNLOCK) asserts only on what its own command did.
     */
    private static void assertCommandWorks(Bff driver) {
        String id = driver.accepted(VIN, "LOCK");
        assertThat(driver.awaitTerminal(id).getString("status")).isIn("SUCCEEDED",
                "ALREADY_DONE");
    }

    private static void awaitPast(Instant moment) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().isAfter(moment.plusMillis(200)));
    }

    private static Bff bff(DriverJourney.Session session) {
        return new Bff(platform.commandServiceUrl(), session.accessToken(), session.remoteSession());
    }

    private static String token() {
        return platform.accessToken(DRIVER.username(), DRIVER.password());
    }
}
