package dev.remotecommands.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How the simulated fleet behaves. Every key has a default so the simulator starts with no configuration. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /** Number of simulated cars. */
    @WithDefault("10")
    int fleetSize();

    /** VIN prefix; the cars are numbered after it, zero-padded to 17 characters (VF7DEMCAR00000001, ...). */
    @WithDefault("VF7DEMCAR")
    String vinPrefix();

    /**
     * Fallback public half of the command-signing key (base64 X.509 SubjectPublicKeyInfo, Ed25519), used only when
     * {@code require-provisioning} is false and no retained provisioning message brought a key.
     */
    Optional<String> commandVerificationKey();

    /**
     * When true (as in the product), a car takes commands only while its retained provisioning turns remote control
     * on, and verifies them with the provisioned key only; otherwise it refuses them (REJECTED NOT_PROVISIONED).
     */
    @WithDefault("true")
    boolean requireProvisioning();

    /** Time the car takes to carry out a command before it answers. */
    @WithDefault("PT0.05S")
    Duration commandLatency();

    /** Share of commands (0.0 to 1.0) that fail with VEHICLE_ERROR, to rehearse failures. */
    @WithDefault("0.0")
    double failureRate();

    /** Idle time after which a car with its ignition off falls asleep. */
    @WithDefault("PT15M")
    Duration sleepAfter();

    /** Time a sleeping car takes to come back online after a wake-up. */
    @WithDefault("PT0.3S")
    Duration wakeUpLatency();

    /** How long the lights stay on when they are flashed. */
    @WithDefault("PT5S")
    Duration lightsDuration();

    /** How long the horn sounds. */
    @WithDefault("PT2S")
    Duration hornDuration();

    /** Command ids (with their answers) each car remembers to refuse replays; the oldest are forgotten first. */
    @WithDefault("1000")
    int rememberedCommands();

    /** How many executions each car keeps for GET /v1/cars/{vin}/executions; the oldest are dropped first. */
    @WithDefault("10000")
    int executionLogSize();

    /** How many of the most recent executed commands GET /v1/cars/{vin} shows. */
    @WithDefault("20")
    int recentCommandsShown();

    /** MQTT keep-alive of each car's connection; a dead link is noticed within about one and a half of it. */
    @WithDefault("PT30S")
    Duration mqttKeepAlive();

    /**
     * Most cars setting up their broker connection (connect, subscribe) at the same time, at start and after an
     * outage; the others wait their turn. Below the broker's accept backlog, so that none is dropped and retried.
     */
    @WithDefault("100")
    int mqttConnectsInFlight();

    /** Longest wait between two attempts to reconnect a car to the broker (the wait doubles up to it). */
    @WithDefault("PT5S")
    Duration mqttReconnectMaxDelay();

    /** How often the cars check whether they have been idle long enough to fall asleep. */
    @WithDefault("PT1S")
    Duration idleCheckInterval();

    /**
     * How often a connected car, awake or asleep, publishes its presence and state again, as telematics units do:
     * a bridge that started after the car learns of it, and one that hears nothing knows something is wrong
     * ({@code bridge.mqtt.car-silence-limit} must be longer). Each car's first heartbeat comes at a random point
     * of its first interval, so that a fleet does not beat in step.
     */
    @WithDefault("PT5M")
    Duration heartbeatInterval();
}
