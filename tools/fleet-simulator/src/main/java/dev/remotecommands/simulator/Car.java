package dev.remotecommands.simulator;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.PairingMessage;
import dev.remotecommands.contracts.mqtt.StateMessage;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CarState;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.FailureCause;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One simulated car and every rule it follows: which commands it refuses, what running them does, when it
 * sleeps. No MQTT and no clock in here: the caller passes the time and publishes what the car answers.
 * Not thread-safe: one caller at a time (each car lives on its own Vert.x context).
 */
public final class Car {

    private final String vin;
    private final CarRules rules;
    private final CommandMemory memory;

    private DoorState doors = DoorState.LOCKED;
    private IgnitionState ignition = IgnitionState.OFF;
    private PrivacyMode privacyMode = PrivacyMode.SHARING;
    private boolean asleep;
    private Instant lightsUntil = Instant.MIN;
    private Instant hornUntil = Instant.MIN;
    private Provisioning provisioning = Provisioning.NONE;
    private Instant lastActivity;

    /** A parked car: locked, ignition off, privacy mode SHARING, awake, lights and horn off. */
    public Car(String vin, CarRules rules, Instant now) {
        this.vin = vin;
        this.rules = rules;
        this.memory = new CommandMemory(rules.rememberedCommands(), rules.executionLogSize());
        this.lastActivity = now;
    }

    /**
     * Handles a command that arrived now. {@code failure} says whether this attempt is one the fleet's failure
     * rate picked to fail. The checks run in this order: asleep (ignored), already answered (same answer again),
     * signature, provisioning, expiry, privacy mode; only then does the car act.
     */
    public CommandAnswer receive(CommandMessage command, Instant now, boolean failure) {
        if (asleep) {
            return CommandAnswer.IGNORED;
        }
        lastActivity = now;
        Optional<AckMessage> earlier = memory.answerTo(command.commandId());
        if (earlier.isPresent()) {
            return new CommandAnswer(earlier.get(), true, false);
        }
        Optional<PublicKey> key = verificationKey();
        if (key.isEmpty()) {
            return refuseUnauthenticated(command, FailureCause.NOT_PROVISIONED, now);
        }
        // Verified against this car's own VIN, so a command signed for another car is refused here.
        if (!CommandSignature.verify(key.get(), command.signature(), command.commandId(), vin, command.type(),
                command.issuedAt(), command.expiresAt())) {
            return refuseUnauthenticated(command, FailureCause.BAD_SIGNATURE, now);
        }
        if (rules.requireProvisioning() && !provisioning.remoteControl()) {
            return refuse(command, FailureCause.NOT_PROVISIONED, now);
        }
        if (!now.isBefore(command.expiresAt())) {
            return refuse(command, FailureCause.COMMAND_EXPIRED, now);
        }
        if (privacyMode == PrivacyMode.PRIVATE) {
            return refuse(command, FailureCause.PRIVACY_MODE, now);
        }
        if (failure) {
            return execute(command, CarOutcome.FAILED, FailureCause.VEHICLE_ERROR, false, now);
        }
        return switch (command.type()) {
            case LOCK -> changeDoors(command, DoorState.LOCKED, now);
            case UNLOCK -> changeDoors(command, DoorState.UNLOCKED, now);
            case LIGHTS -> {
                lightsUntil = now.plus(rules.lightsDuration());
                yield execute(command, CarOutcome.SUCCEEDED, null, false, now);
            }
            case HORN -> {
                hornUntil = now.plus(rules.hornDuration());
                yield execute(command, CarOutcome.SUCCEEDED, null, false, now);
            }
            case REFRESH_STATE -> execute(command, CarOutcome.SUCCEEDED, null, true, now);
        };
    }

    private CommandAnswer changeDoors(CommandMessage command, DoorState wanted, Instant now) {
        if (doors == wanted) {
            return execute(command, CarOutcome.ALREADY_DONE, null, false, now);
        }
        doors = wanted;
        return execute(command, CarOutcome.SUCCEEDED, null, true, now);
    }

    private CommandAnswer execute(CommandMessage command, CarOutcome outcome, FailureCause cause,
            boolean stateChanged, Instant now) {
        memory.recordExecution(new ExecutedCommand(command.commandId(), command.type(), outcome, now,
                command.expiresAt()));
        AckMessage ack = ack(command, outcome, cause, now);
        memory.rememberAnswer(ack);
        return new CommandAnswer(ack, false, stateChanged);
    }

    /** An authentic command refused: the answer is remembered, so a redelivery gets the same refusal. */
    private CommandAnswer refuse(CommandMessage command, FailureCause cause, Instant now) {
        AckMessage ack = ack(command, CarOutcome.REJECTED, cause, now);
        memory.rememberAnswer(ack);
        return new CommandAnswer(ack, false, false);
    }

    /**
     * A command the car cannot authenticate. Its id is not remembered: otherwise a forger could block the
     * genuine command by sending a bad one with the same id first.
     */
    private CommandAnswer refuseUnauthenticated(CommandMessage command, FailureCause cause, Instant now) {
        return new CommandAnswer(ack(command, CarOutcome.REJECTED, cause, now), false, false);
    }

    private AckMessage ack(CommandMessage command, CarOutcome outcome, FailureCause cause, Instant now) {
        return new AckMessage(command.commandId(), outcome, cause == null ? null : cause.name(), carState(), now);
    }

    /**
     * The key commands must verify against. When provisioning is required, only the provisioned key counts (a car
     * the platform has not provisioned has no business trusting a built-in key); otherwise the provisioned key wins
     * over the one the car was built with.
     */
    private Optional<PublicKey> verificationKey() {
        if (rules.requireProvisioning()) {
            return provisioning.commandKey();
        }
        return provisioning.commandKey().or(rules::configuredKey);
    }

    /** Remembers the platform's latest provisioning (also while asleep: the modem stores it). */
    public void provision(Provisioning latest) {
        this.provisioning = latest;
    }

    /**
     * The driver does something in the car (turns the key, presses a button): that counts as activity and wakes
     * the car. Returns true if the car was asleep.
     */
    public boolean touch(Instant now) {
        lastActivity = now;
        boolean wasAsleep = asleep;
        asleep = false;
        return wasAsleep;
    }

    /** Returns true if the ignition changed. */
    public boolean setIgnition(IgnitionState wanted) {
        boolean changed = ignition != wanted;
        ignition = wanted;
        return changed;
    }

    /** Returns true if the privacy mode changed. */
    public boolean setPrivacyMode(PrivacyMode wanted) {
        boolean changed = privacyMode != wanted;
        privacyMode = wanted;
        return changed;
    }

    /** A car whose engine runs stays awake. */
    public boolean canSleep() {
        return ignition == IgnitionState.OFF;
    }

    /** Whether the car has been idle long enough to fall asleep on its own. */
    public boolean idleFor(Duration sleepAfter, Instant now) {
        return !asleep && canSleep() && !now.isBefore(lastActivity.plus(sleepAfter));
    }

    /** Returns true if the car was awake and now sleeps. Callers check {@link #canSleep()} first. */
    public boolean fallAsleep() {
        if (asleep || !canSleep()) {
            return false;
        }
        asleep = true;
        return true;
    }

    /** The car's answer to a wake-up: awake again, idle time restarts. Returns true if it was asleep. */
    public boolean wakeUp(Instant now) {
        return touch(now);
    }

    /** The phone handed this challenge over Bluetooth; the car reports it with its own ignition and privacy. */
    public PairingMessage pair(String challenge, String deviceId, Instant now) {
        return new PairingMessage(challenge, deviceId, ignition, privacyMode, now);
    }

    /** What the car looks like now; {@code connected} says whether it has a link to the broker. */
    public CarSnapshot snapshot(Instant now, boolean connected, int recentShown) {
        return new CarSnapshot(vin, doors, lightsOn(now), hornOn(now), ignition, privacyMode,
                connected ? presence() : Presence.OFFLINE, provisioned(), authorisedDevices(),
                new CarSnapshot.ExecutedCommands(executedCount(), recentExecutions(recentShown)));
    }

    public StateMessage stateMessage(Instant now) {
        return new StateMessage(doors, ignition, privacyMode, now);
    }

    public CarState carState() {
        return new CarState(doors, ignition, privacyMode);
    }

    public String vin() {
        return vin;
    }

    public DoorState doors() {
        return doors;
    }

    public IgnitionState ignition() {
        return ignition;
    }

    public PrivacyMode privacyMode() {
        return privacyMode;
    }

    /** ONLINE or ASLEEP: the car's own view. Whether it is connected to the broker is not the car's business. */
    public Presence presence() {
        return asleep ? Presence.ASLEEP : Presence.ONLINE;
    }

    public boolean lightsOn(Instant now) {
        return now.isBefore(lightsUntil);
    }

    public boolean hornOn(Instant now) {
        return now.isBefore(hornUntil);
    }

    public boolean provisioned() {
        return provisioning.remoteControl();
    }

    /** The phones the platform's provisioning authorised; empty while remote control is off. */
    public List<String> authorisedDevices() {
        return provisioning.remoteControl() ? provisioning.devices() : List.of();
    }

    public long executedCount() {
        return memory.executedCount();
    }

    /** The most recent executed commands, newest first. */
    public List<ExecutedCommand> recentExecutions(int limit) {
        return memory.recentExecutions(limit);
    }

    /**
     * Every time this car executed a command (its log keeps the last {@code executionLogSize}), oldest first:
     * neither refusals nor the same answer given again to a command id it already handled.
     */
    public ExecutionLog executionLog() {
        return new ExecutionLog(vin, memory.executedCount(), memory.executionLog());
    }
}
