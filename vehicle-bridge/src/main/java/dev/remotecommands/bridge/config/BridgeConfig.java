package dev.remotecommands.bridge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the vehicle bridge, all under {@code bridge.}. */
@ConfigMapping(prefix = "bridge")
public interface BridgeConfig {

    /** How often the deadline sweep looks for overdue commands (EXPIRED / TIMED_OUT) and unpublished ones. */
    @WithDefault("1s")
    Duration sweepInterval();

    /** How long after its expiry a command sent to the car may still be answered before it ends TIMED_OUT. */
    @WithDefault("PT10S")
    Duration answerGrace();

    /**
     * How long a sent command or a wanted provisioning may stay unpublished (MQTT broker unreachable) before the sweep
     * publishes it again.
     */
    @WithDefault("PT2S")
    Duration republishAfter();

    /** How many rows one sweep pass handles at most, so a backlog is worked off in bounded transactions. */
    @WithDefault("100")
    int sweepBatchSize();

    /** How often finished commands past their retention and wake-up counts of past months are deleted. */
    @WithDefault("PT1H")
    Duration purgeInterval();

    /**
     * How long finished commands (and pairing reports) are kept: a replayed {@code CommandRequested} whose id is still
     * known changes nothing, a redelivered pairing report is not announced twice.
     */
    @WithDefault("P7D")
    Duration finishedRetention();

    /**
     * How long a message whose handling fails for a passing reason (database unreachable) is retried before it is
     * given up: a Kafka record then goes to its dead-letter topic, an MQTT message is dropped with a warning.
     */
    @WithDefault("PT1M")
    Duration retryWindow();

    /**
     * How long a command published to its car may go unanswered before it is published again. The car answers a
     * command id it already ran with the same ack, so this recovers an ack (or a command) lost on the way, for
     * instance in a broker restart.
     */
    @WithDefault("PT5S")
    Duration resendAfter();

    /** Wake-ups of sleeping cars. */
    WakeUp wakeUp();

    /** The connection to the MQTT broker. */
    Mqtt mqtt();

    /**
     * Base64 X.509 SubjectPublicKeyInfo of command-service's Ed25519 key, handed to the cars in their retained
     * provisioning message. No default and required for provisioning: without it no provisioning is published (an
     * error is logged once) and the cars keep refusing commands.
     */
    Optional<String> commandVerificationKey();

    interface Mqtt {

        /** Set from {@code mqtt.host} in application.properties. */
        String host();

        int port();

        @WithDefault("1s")
        Duration reconnectInterval();

        /** QoS 1 messages published and not yet acknowledged by the broker. */
        @WithDefault("1000")
        int maxInflight();

        /** Largest MQTT packet accepted from the broker; the cars' messages are a few hundred bytes. */
        @WithDefault("8092")
        int maxMessageSize();

        /**
         * How many cars' messages are handled at the same time. Each car's messages are handled one after the other,
         * in the order they arrived.
         */
        @WithDefault("16")
        int lanes();

        /**
         * How long the bridge may hear no ack at all while commands it sent again still wait for theirs before it
         * concludes the broker has stopped delivering the acks to it, and reconnects.
         */
        @WithDefault("PT15S")
        Duration ackSilenceLimit();

        /**
         * How long the bridge may hear nothing from any car while it knows some are connected before its liveness
         * fails, so that Kubernetes restarts it. Longer than the cars' heartbeat (the simulator's
         * {@code simulator.heartbeat-interval}, 5 minutes), which every connected car sends.
         */
        @WithDefault("PT15M")
        Duration carSilenceLimit();
    }

    interface WakeUp {

        /** Wake-ups allowed per car per calendar month (UTC): each one drains the car's 12 V battery. */
        @WithDefault("20")
        int monthlyLimit();
    }
}
