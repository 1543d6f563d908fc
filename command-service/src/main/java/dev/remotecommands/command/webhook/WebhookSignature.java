package dev.remotecommands.command.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of one delivery, in the Standard Webhooks style: HMAC-SHA256, keyed with the UTF-8 bytes of the
 * client's secret, of the base string {@code <Webhook-Id>.<Webhook-Timestamp>.<body>}, sent as
 * {@code Webhook-Signature: v1,<base64>}. The timestamp (Unix seconds) is signed, so a receiver that refuses old
 * timestamps (5 minutes) and remembers event ids cannot be replayed.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Webhook-Signature";

    private WebhookSignature() {
    }

    public static String baseString(UUID eventId, long timestamp, String body) {
        return eventId + "." + timestamp + "." + body;
    }

    public static String sign(String secret, UUID eventId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(baseString(eventId, timestamp, body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
