package dev.remotecommands.command.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of one delivery, in the Standard Webhooks style: HMAC-SHA256, keyed with the client's secret
 * ({@link #key}), of the base string {@code <Webhook-Id>.<Webhook-Timestamp>.<body>}, sent as
 * {@code Webhook-Signature: v1,<base64>}. The timestamp (Unix seconds) is signed, so a receiver that refuses old
 * timestamps (5 minutes) and remembers event ids cannot be replayed.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Webhook-Signature";
    /** The prefix of a Standard Webhooks secret: {@code whsec_<base64 key>}. */
    static final String STANDARD_SECRET_PREFIX = "whsec_";

    private WebhookSignature() {
    }

    static String baseString(String id, long timestamp, String body) {
        return id + "." + timestamp + "." + body;
    }

    /**
     * The HMAC key of a secret: the base64-decoded part of a {@code whsec_} secret, as the Standard Webhooks
     * libraries a BFF may verify with read it; the UTF-8 bytes of any other secret.
     */
    static byte[] key(String secret) {
        if (secret.startsWith(STANDARD_SECRET_PREFIX)) {
            return Base64.getDecoder().decode(secret.substring(STANDARD_SECRET_PREFIX.length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    public static String sign(String secret, UUID eventId, long timestamp, String body) {
        return sign(secret, eventId.toString(), timestamp, body);
    }

    static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal(baseString(id, timestamp, body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
