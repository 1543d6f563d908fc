package dev.remotecommands.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.events.VehiclePairingReported;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import dev.remotecommands.enrollment.PairingFailure;
import dev.remotecommands.enrollment.PairingSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;

class PairingRuleTest {

    private static final String VIN = "VF7DEMCAR00000001";
    private static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");
    private final PairingSession session = PairingSession.waiting("account", VIN, "phone-1", "challenge", NOW,
            NOW.plusSeconds(300));

    @Test
    void aMatchingReportWithEngineOnAndSharingCompletes() {
        assertThat(PairingService.failure(session, true, report("phone-1", IgnitionState.ON, PrivacyMode.SHARING),
                NOW.plusSeconds(10))).isNull();
    }

    @Test
    void eachRefusalHasItsReason() {
        assertThat(PairingService.failure(session, true, report("other", IgnitionState.ON, PrivacyMode.SHARING), NOW))
                .isEqualTo(PairingFailure.DEVICE_MISMATCH);
        assertThat(PairingService.failure(session, false, report("phone-1", IgnitionState.ON, PrivacyMode.SHARING),
                NOW)).isEqualTo(PairingFailure.DEVICE_MISMATCH);
        assertThat(PairingService.failure(session, true, report("phone-1", IgnitionState.ON, PrivacyMode.PRIVATE),
                NOW)).isEqualTo(PairingFailure.PRIVACY_MODE);
        assertThat(PairingService.failure(session, true, report("phone-1", IgnitionState.OFF, PrivacyMode.SHARING),
                NOW)).isEqualTo(PairingFailure.ENGINE_OFF);
        assertThat(PairingService.failure(session, true, report("phone-1", IgnitionState.ON, PrivacyMode.SHARING),
                NOW.plusSeconds(300))).isEqualTo(PairingFailure.EXPIRED);
    }

    @Test
    void challengesAreUrlSafeAndCarryAtLeast128Bits() {
        String challenge = PairingService.newChallenge();
        assertThat(Base64.getUrlDecoder().decode(challenge)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(challenge).matches("[A-Za-z0-9_-]+").isNotEqualTo(PairingService.newChallenge());
    }

    private static VehiclePairingReported report(String deviceId, IgnitionState ignition, PrivacyMode privacy) {
        return new VehiclePairingReported(VIN, "challenge", deviceId, ignition, privacy, NOW);
    }
}
