package dev.remotecommands.otp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.UUID;

class CodeMacTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

    private final CodeMac mac = new CodeMac(SECRET);

    @Test
    void theRightCodeMatchesAndAnyOtherDoesNot() {
        UUID id = UUID.randomUUID();
        byte[] stored = mac.of(id, "123456");

        assertThat(mac.matches(id, "123456", stored)).isTrue();
        assertThat(mac.matches(id, "123457", stored)).isFalse();
        assertThat(mac.matches(id, "12345", stored)).isFalse();
    }

    @Test
    void theSameCodeOfTwoChallengesOrUnderAnotherKeyGivesAnotherMac() {
        UUID id = UUID.randomUUID();
        assertThat(mac.of(id, "123456")).isNotEqualTo(mac.of(UUID.randomUUID(), "123456"));
        assertThat(mac.of(id, "123456")).isNotEqualTo(new CodeMac(SECRET + "x").of(id, "123456"));
        assertThat(mac.of(id, "123456")).hasSize(32);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new CodeMac("too-short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("otp.hmac-secret");
    }
}
