package dev.remotecommands.local.journey;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The driver's phone in a local run: otp-service's local inbox ({@code GET /dev/sms}, local profile only). Remember
 * what the phone already holds before asking for a code, then wait for the new message and read the code in it.
 */
public final class SmsInbox {

    private static final Duration SMS_TIMEOUT = Duration.ofSeconds(30);

    private final String otpServiceUrl;
    private final String phoneE164;
    private final Set<String> seen = new HashSet<>();

    public SmsInbox(String otpServiceUrl, String phoneE164) {
        this.otpServiceUrl = otpServiceUrl;
        this.phoneE164 = phoneE164;
        messages().forEach(message -> seen.add(key(message)));
    }

    /** Waits for the next message and returns the code of {@code digits} digits it carries, with its text. */
    public Sms nextCode(int digits) {
        Pattern code = Pattern.compile("(?<![0-9])([0-9]{" + digits + "})(?![0-9])");
        JsonNode message = Polling.until("an SMS to " + phoneE164, SMS_TIMEOUT, this::newest);
        seen.add(key(message));
        String body = message.path("body").asText();
        Matcher matcher = code.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + digits + "-digit code in the SMS '" + body + "'");
        }
        return new Sms(body, matcher.group(1));
    }

    public record Sms(String body, String code) {
    }

    private Optional<JsonNode> newest() {
        for (JsonNode message : messages()) {
            if (!seen.contains(key(message))) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    private Iterable<JsonNode> messages() {
        String url = otpServiceUrl + "/dev/sms?phone=" + URLEncoder.encode(phoneE164, StandardCharsets.UTF_8);
        return JsonHttp.send("GET", url, null, Map.of(), null).expect(200).body();
    }

    private static String key(JsonNode message) {
        return message.path("sentAt").asText() + "|" + message.path("body").asText();
    }
}
