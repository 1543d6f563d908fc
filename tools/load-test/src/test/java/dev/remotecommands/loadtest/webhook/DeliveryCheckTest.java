package dev.remotecommands.loadtest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

class DeliveryCheckTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-chars";
    private static final String ID = "0b6c3a5e-6f0e-4d4e-9d43-2f1d6c1e8a11";
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final String TIMESTAMP = String.valueOf(NOW.getEpochSecond());
    private static final String BODY = "{\"status\":\"SUCCEEDED\"}";

    @Test
    void aDeliverySignedWithTheSecretIsGenuine() throws Exception {
        assertThat(DeliveryCheck.verdict(SECRET, ID, TIMESTAMP, signature(SECRET, BODY), BODY, NOW)).isEmpty();
        assertThat(DeliveryCheck.verdict(SECRET, ID, TIMESTAMP, "v1,b2xk " + signature(SECRET, BODY), BODY, NOW))
                .as("one of several signatures (a key being rotated)").isEmpty();
    }

    @Test
    void anAlteredBodyOrAnotherSecretIsRefused() throws Exception {
        assertThat(DeliveryCheck.verdict(SECRET, ID, TIMESTAMP, signature(SECRET, BODY), "{\"status\":\"FAILED\"}",
                NOW)).contains("signature");
        assertThat(DeliveryCheck.verdict(SECRET, ID, TIMESTAMP, signature("another-secret-of-thirty-two-chars!!", BODY),
                BODY, NOW)).contains("signature");
    }

    @Test
    void anOldTimestampIsRefusedEvenWellSignedSoADeliveryCannotBeReplayedLater() throws Exception {
        Instant later = NOW.plusSeconds(301);
        assertThat(DeliveryCheck.verdict(SECRET, ID, TIMESTAMP, signature(SECRET, BODY), BODY, later))
                .contains("replay");
        assertThat(DeliveryCheck.verdict(SECRET, ID, "yesterday", signature(SECRET, BODY), BODY, NOW))
                .contains("Unix seconds");
        assertThat(DeliveryCheck.verdict(SECRET, null, TIMESTAMP, signature(SECRET, BODY), BODY, NOW))
                .contains("missing");
    }

    private static String signature(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((ID + "." + TIMESTAMP + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
