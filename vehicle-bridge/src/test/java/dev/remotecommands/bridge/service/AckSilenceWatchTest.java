package dev.remotecommands.bridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

class AckSilenceWatchTest {

    private static final Duration LIMIT = Duration.ofSeconds(15);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant LONG_AGO = NOW.minusSeconds(60);

    @Test
    void commandsStillUnansweredAndNoAckForTheWholeLimitOnAnOldConnectionMeanTheAcksStopped() {
        assertThat(AckSilenceWatch.isStalled(NOW, LONG_AGO, NOW.minus(LIMIT), 3, LIMIT)).isTrue();
        assertThat(AckSilenceWatch.isStalled(NOW, LONG_AGO, null, 1, LIMIT))
                .as("no ack at all since the connection was made").isTrue();
    }

    @Test
    void noCommandWaitingMeansNothingIsMissing() {
        assertThat(AckSilenceWatch.isStalled(NOW, LONG_AGO, null, 0, LIMIT)).isFalse();
    }

    @Test
    void anAckHeardWithinTheLimitMeansTheAcksStillFlow() {
        assertThat(AckSilenceWatch.isStalled(NOW, LONG_AGO, NOW.minusSeconds(14), 5, LIMIT)).isFalse();
    }

    @Test
    void aConnectionYoungerThanTheLimitIsGivenItsTimeSoReconnectsAreAtMostOnePerLimit() {
        assertThat(AckSilenceWatch.isStalled(NOW, NOW.minusSeconds(14), null, 5, LIMIT)).isFalse();
        assertThat(AckSilenceWatch.isStalled(NOW, null, null, 5, LIMIT)).as("disconnected").isFalse();
    }
}
