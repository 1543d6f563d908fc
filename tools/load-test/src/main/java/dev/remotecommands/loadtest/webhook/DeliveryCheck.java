package dev.remotecommands.loadtest.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a BFF checks of a webhook delivery (Standard Webhooks): {@code Webhook-Signature: v1,<base64>} is the
 * HMAC-SHA256, keyed with the shared secret (the base64-decoded part of a {@code whsec_} secret, else its UTF-8
 * bytes), of {@code <Webhook-Id>.<Webhook-Timestamp>.<body>},
 * and the timestamp (Unix seconds) is at most {@link #TOLERANCE} away from now, so an old delivery cannot be
 * replayed. Written from the published scheme, not from command-service's code, as a BFF would.
 */
final class DeliveryCheck {

    static final String ID_HEADER = "Webhook-Id";
    static final String TIMESTAMP_HEADER = "Webhook-Timestamp";
    static final String SIGNATURE_HEADER = "Webhook-Signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private DeliveryCheck() {
    }

    /** Empty when the delivery is genuine and fresh; otherwise what is wrong with it. */
    static String verdict(String secret, String id, String timestamp, String signature, String body, Instant now) {
        if (id == null || timestamp == null || signature == null) {
            return "missing " + ID_HEADER + ", " + TIMESTAMP_HEADER + " or " + SIGNATURE_HEADER;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return "timestamp is not Unix seconds";
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return "timestamp more than " + TOLERANCE.toMinutes() + " minutes away: a replay?";
        }
        String expected = "v1," + Base64.getEncoder().encodeToString(hmac(secret, id + "." + timestamp + "." + body));
        // the header may carry several space-separated signatures (key rotation): one must match
        for (String candidate : signature.split(" ")) {
            if (MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8))) {
                return "";
            }
        }
        return "signature does not match the secret";
    }

    private static byte[] hmac(String secret, String base) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = secret.startsWith("whsec_") ? Base64.getDecoder().decode(secret.substring(6))
                    : secret.getBytes(StandardCharsets.UTF_8);
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(base.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
