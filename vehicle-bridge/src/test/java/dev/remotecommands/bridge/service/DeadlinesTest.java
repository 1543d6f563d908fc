package dev.remotecommands.bridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.bridge.Stage;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

class DeadlinesTest {

    private static final Instant EXPIRES = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(10);

    @Test
    void aCommandArrivingAtOrAfterItsExpiryNeverGoesToTheCar() {
        assertThat(Deadlines.expiredOnArrival(EXPIRES, EXPIRES.minusMillis(1))).isFalse();
        assertThat(Deadlines.expiredOnArrival(EXPIRES, EXPIRES)).isTrue();
        assertThat(Deadlines.expiredOnArrival(EXPIRES, EXPIRES.plusSeconds(30))).isTrue();
    }

    @Test
    void anUnsentCommandExpiresAtItsDeadlineBecauseTheCarWasUnreachable() {
        for (Stage waiting : new Stage[] {Stage.WAITING_FOR_VEHICLE, Stage.WAKING_UP}) {
            assertThat(Deadlines.overdue(waiting, EXPIRES, EXPIRES.minusMillis(1), GRACE)).isEmpty();
            assertThat(Deadlines.overdue(waiting, EXPIRES, EXPIRES, GRACE)).hasValueSatisfying(verdict -> {
                assertThat(verdict.status()).isEqualTo(CommandStatus.EXPIRED);
                assertThat(verdict.cause()).isEqualTo(FailureCause.VEHICLE_UNREACHABLE);
            });
        }
    }

    @Test
    void aSentCommandMayBeAnsweredUntilDeadlinePlusGraceThenTimesOut() {
        assertThat(Deadlines.overdue(Stage.SENT, EXPIRES, EXPIRES, GRACE)).isEmpty();
        assertThat(Deadlines.overdue(Stage.SENT, EXPIRES, EXPIRES.plus(GRACE).minusMillis(1), GRACE)).isEmpty();
        assertThat(Deadlines.overdue(Stage.SENT, EXPIRES, EXPIRES.plus(GRACE), GRACE)).hasValueSatisfying(verdict -> {
            assertThat(verdict.status()).isEqualTo(CommandStatus.TIMED_OUT);
            assertThat(verdict.cause()).isEqualTo(FailureCause.NO_ANSWER);
        });
    }

    @Test
    void aFinishedCommandNeverGetsASecondVerdict() {
        assertThat(Deadlines.overdue(Stage.FINISHED, EXPIRES, EXPIRES.plusSeconds(3600), GRACE)).isEmpty();
    }

    @Test
    void theSentCutoffSelectsExactlyTheCommandsPastDeadlinePlusGrace() {
        Instant now = EXPIRES.plus(GRACE);
        Instant cutoff = Deadlines.sentCutoff(now, GRACE);
        // The sweep selects sent rows with expires_at <= cutoff: the same ones the verdict rule times out.
        assertThat(EXPIRES).isEqualTo(cutoff);
        assertThat(Deadlines.overdue(Stage.SENT, cutoff, now, GRACE)).isPresent();
        assertThat(Deadlines.overdue(Stage.SENT, cutoff.plusMillis(1), now, GRACE)).isEmpty();
    }
}
