package dev.remotecommands.enrollment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Settings of enrollment-service under {@code enrollment.*}. */
@ConfigMapping(prefix = "enrollment")
public interface EnrollmentConfig {

    /** The remote-commands terms of use. */
    Terms terms();

    /** One-time codes asked of otp-service. */
    Otp otp();

    /** Answers while otp-service cannot be reached (its URL and timeouts: {@code quarkus.rest-client.otp-service.*}). */
    OtpService otpService();

    /** Registered devices. */
    Devices devices();

    /** Safety code hashing and lockout. */
    SafetyCode safetyCode();

    /** Step 3 pairing sessions. */
    Pairing pairing();

    /** Remote-session tokens. */
    RemoteSession remoteSession();

    interface Terms {
        /** The current version; an activation must accept exactly this one. */
        @WithDefault("2026-09")
        String version();

        /** Where the app shows the terms of that version. */
        @WithDefault("https://remote-commands.dev/terms/remote-commands/2026-09")
        String url();

        /** When that version was published. */
        @WithDefault("2026-09-01T00:00:00Z")
        Instant publishedAt();
    }

    interface Otp {
        /** How long a one-time code may be used after it was requested. */
        @WithDefault("PT10M")
        Duration codeTtl();

        /** Shortest time between two codes of one purpose (and device); same as otp-service's cooldown. */
        @WithDefault("PT30S")
        Duration resendCooldown();
    }

    interface OtpService {
        /** Retry-After given to the app while otp-service cannot be reached. */
        @WithDefault("PT5S")
        Duration retryAfter();
    }

    interface Devices {
        /** Most devices (pending or registered) an account may have. */
        @WithDefault("5")
        int max();
    }

    interface SafetyCode {
        /** HMAC-SHA256 key of the safety-code hashes; required, never committed for production. */
        Optional<String> hmacSecret();

        /** Wrong codes in a row that lock the safety code. */
        @WithDefault("3")
        int maxAttempts();

        /** Successive lock durations; the last one repeats. */
        @WithDefault("PT15M,PT1H,PT4H,PT24H")
        List<Duration> lockDurations();
    }

    interface Pairing {
        /** How long a pairing session waits for the car. */
        @WithDefault("PT5M")
        Duration ttl();
    }

    interface RemoteSession {
        /** Base64 PKCS#8 RSA private key that signs remote-session tokens (RS256); required, never committed. */
        Optional<String> signingKey();

        /** Lifetime of a remote-session token. */
        @WithDefault("P7D")
        Duration lifetime();
    }
}
