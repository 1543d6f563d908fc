package dev.remotecommands.command.config;

import dev.remotecommands.contracts.vehicle.CommandType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithKeys;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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

    /** How often the in-flight gauge is counted in the database (a scrape cannot wait for a query). */
    @WithDefault("PT10S")
    Duration metricsInterval();

    /** The most commands one watchdog run times out (the next run takes the rest). */
    @WithDefault("200")
    int watchdogBatchSize();

    /** Ed25519 signing key. */
    Signing signing();

    /**
     * Per-car limit of each command type, {@code commands.rate-limits.<type>.max} and {@code .window}; the start
     * fails if a type has none. Their values are in application.properties (a map entry cannot carry its own default).
     */
    @WithKeys(EveryCommandType.class)
    Map<CommandType, Limit> rateLimits();

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

    /** At most {@code max} accepted commands of one type per car within any sliding {@code window}. */
    interface Limit {
        /** Commands of the type accepted per car within the window (at least 1). */
        int max();

        /** The sliding window (positive). */
        Duration window();
    }

    /** The keys of {@link #rateLimits()}: every command type, as written in configuration ({@code refresh-state}). */
    class EveryCommandType implements Supplier<Iterable<String>> {
        @Override
        public Iterable<String> get() {
            return Arrays.stream(CommandType.values())
                    .map(type -> type.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toList();
        }
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
