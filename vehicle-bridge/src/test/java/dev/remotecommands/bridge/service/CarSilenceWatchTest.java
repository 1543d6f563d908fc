package dev.remotecommands.bridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

class CarSilenceWatchTest {

    private static final Duration LIMIT = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofHours(1));

    @Test
    void connectedCarsAndNotOneMessageForTheWholeLimitMeanTheBridgeNoLongerHearsThem() {
        assertThat(CarSilenceWatch.isSilent(NOW, LONG_AGO, NOW.minus(LIMIT), 3, LIMIT)).isTrue();
    }

    @Test
    void aMessageWithinTheLimitMeansTheCarsAreHeard() {
        assertThat(CarSilenceWatch.isSilent(NOW, LONG_AGO, NOW.minus(LIMIT).plusSeconds(1), 3, LIMIT)).isFalse();
    }

    @Test
    void noCarKnownToBeConnectedMeansThereIsNothingToMiss() {
        assertThat(CarSilenceWatch.isSilent(NOW, LONG_AGO, LONG_AGO, 0, LIMIT)).isFalse();
        assertThat(CarSilenceWatch.isSilent(NOW, LONG_AGO, null, 0, LIMIT)).as("a bridge that heard no car").isFalse();
    }

    @Test
    void aConnectionYoungerThanTheLimitOrNoneIsGivenItsTime() {
        assertThat(CarSilenceWatch.isSilent(NOW, NOW.minusSeconds(60), LONG_AGO, 3, LIMIT)).isFalse();
        assertThat(CarSilenceWatch.isSilent(NOW, null, LONG_AGO, 3, LIMIT)).as("disconnected: readiness says so")
                .isFalse();
    }
}
