package dev.remotecommands.bridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.vehicle.Presence;

import org.junit.jupiter.api.Test;

import java.time.Instant;

class RouteTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void anOnlineCarOrOneThatNeverToldGetsTheCommandAtOnce() {
        assertThat(Route.of(Presence.ONLINE, LATER, NOW)).isEqualTo(Route.SEND);
        assertThat(Route.of(null, LATER, NOW)).isEqualTo(Route.SEND);
    }

    @Test
    void aSleepingCarIsWokenUpAndAnOfflineOneAwaited() {
        assertThat(Route.of(Presence.ASLEEP, LATER, NOW)).isEqualTo(Route.WAKE_UP);
        assertThat(Route.of(Presence.OFFLINE, LATER, NOW)).isEqualTo(Route.WAIT);
    }

    @Test
    void anExpiredCommandGoesNowhereWhateverThePresence() {
        for (Presence presence : Presence.values()) {
            assertThat(Route.of(presence, NOW, NOW)).isEqualTo(Route.EXPIRE);
        }
        assertThat(Route.of(null, NOW.minusSeconds(1), NOW)).isEqualTo(Route.EXPIRE);
    }
}
