package dev.remotecommands.command.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of command-service under {@code commands.*}. */
@ConfigMapping(prefix = "commands")
public interface CommandsConfig {

    /** How long a command stays valid after it was accepted; the car refuses it afterwards. */
    @WithDefault("PT60S")
    Duration defaultTtl();

    /** Extra time after the deadline before the watchdog ends a command TIMED_OUT (the bridge normally answers first). */
    @WithDefault("PT30S")
    Duration answerGrace();

    /** How often the watchdog looks for commands past deadline plus grace. */
    @WithDefault("PT1S")
    Duration watchdogInterval();

    /** The most commands one watchdog run times out (the next run takes the rest). */
    @WithDefault("200")
    int watchdogBatchSize();

    /** Ed25519 signing key. */
    Signing signing();

    /** Per-car, per-type rate limits. */
    RateLimits rateLimit();

    /** Server-sent events of command status. */
    Events events();

    /** The 7-day remote session ({@code X-Remote-Session}) every command needs. */
    RemoteSession remoteSession();

    interface RemoteSession {
        /** Base64 X.509 SubjectPublicKeyInfo RSA public key of enrollment-service's session tokens; required, no production default. */
        Optional<String> verificationKey();

        /** Oldest a session may be (from its {@code iat}) whatever its {@code exp} says. */
        @WithDefault("P7D")
        Duration maxAge();

        /** Clock difference tolerated with enrollment-service when checking {@code exp} and a future {@code iat}. */
        @WithDefault("PT30S")
        Duration clockSkew();
    }

    interface Signing {
        /** Base64 PKCS#8 Ed25519 private key that signs every command; required, never committed. */
        Optional<String> privateKey();
    }

    /** For each command type: at most {@code <type>-max} accepted commands per car within {@code <type>-window}. */
    interface RateLimits {
        /** HORN commands allowed per car per window. */
        @WithDefault("3")
        int hornMax();

        /** Window of the HORN limit. */
        @WithDefault("PT1M")
        Duration hornWindow();

        /** LIGHTS commands allowed per car per window. */
        @WithDefault("3")
        int lightsMax();

        /** Window of the LIGHTS limit. */
        @WithDefault("PT1M")
        Duration lightsWindow();

        /** LOCK commands allowed per car per window. */
        @WithDefault("10")
        int lockMax();

        /** Window of the LOCK limit. */
        @WithDefault("PT10M")
        Duration lockWindow();

        /** UNLOCK commands allowed per car per window. */
        @WithDefault("10")
        int unlockMax();

        /** Window of the UNLOCK limit. */
        @WithDefault("PT10M")
        Duration unlockWindow();

        /** REFRESH_STATE commands allowed per car per window. */
        @WithDefault("10")
        int refreshStateMax();

        /** Window of the REFRESH_STATE limit. */
        @WithDefault("PT1M")
        Duration refreshStateWindow();
    }

    interface Events {
        /** How often an open event stream re-reads its command, in case a database notification was missed. */
        @WithDefault("PT2S")
        Duration recheckInterval();

        /** Channel of the PostgreSQL notifications that announce a status change (one per changed command). */
        @WithDefault("command_status")
        String notificationChannel();
    }
}
