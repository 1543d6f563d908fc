package dev.remotecommands.otp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Settings of otp-service under {@code otp.*}. */
@ConfigMapping(prefix = "otp")
public interface OtpConfig {

    /** Secret key of the HMAC-SHA256 that stores codes; at least 32 characters, never committed (env OTP_HMAC_SECRET). */
    String hmacSecret();

    /** Longest lifetime of a code after it was received; the request's own expiresAt wins when it is earlier. */
    @WithDefault("PT10M")
    Duration codeTtl();

    /** Checks allowed per challenge, right or wrong; a VALID check uses the challenge up. */
    @WithDefault("5")
    int maxAttempts();

    /** Shortest time between two codes sent to one phone for one purpose. */
    @WithDefault("PT30S")
    Duration resendCooldown();

    /** Hourly sending limits. */
    Limits limits();

    /** Countries (ISO 3166 alpha-2) whose numbers may receive codes: against SMS pumping to premium ranges. */
    @WithDefault("FR,DE,IT,ES,PT,BE,NL,LU,AT,CH,GB,IE,PL")
    Set<String> allowedCountries();

    /** Removal of old challenges. */
    Purge purge();

    /** The SMS provider. */
    Sms sms();

    interface Limits {
        /** Codes sent to one phone number within an hour, all purposes together. */
        @WithDefault("5")
        int perPhonePerHour();

        /** Codes sent for one account within an hour, all phones together. */
        @WithDefault("10")
        int perAccountPerHour();
    }

    interface Purge {
        /** How long a challenge is kept after it expired (at least one hour: the hourly limits count them). */
        @WithDefault("PT24H")
        Duration retention();

        /** How often expired challenges (and old local-inbox messages) are deleted. */
        @WithDefault("PT1H")
        Duration interval();
    }

    interface Sms {
        /** Which adapter sends SMS: {@code http} (a Twilio-style messages API) or {@code local} (the local inbox). */
        @WithDefault("http")
        SmsProvider provider();

        /** The HTTP messages API (provider {@code http}). */
        Http http();
    }

    interface Http {
        /** Base URL of the messages API. */
        @WithDefault("https://api.twilio.com")
        String baseUrl();

        /** Account SID: path segment and basic-auth user; required with provider http. */
        Optional<String> accountSid();

        /** Auth token: basic-auth password; required with provider http, never committed (env OTP_SMS_HTTP_AUTH_TOKEN). */
        Optional<String> authToken();

        /** Sender number or alphanumeric sender id ({@code From}); required with provider http. */
        Optional<String> from();

        /** How long to wait for a connection to the provider. */
        @WithDefault("PT2S")
        Duration connectTimeout();

        /** How long to wait for the provider's answer once the request is sent (not retried: it may have been sent). */
        @WithDefault("PT5S")
        Duration readTimeout();
    }
}
