package dev.remotecommands.simulator;

import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings every car of the fleet shares.
 *
 * @param configuredKey       the command-verification key the car was built with; a provisioned key replaces it
 * @param requireProvisioning whether remote control must be switched on by provisioning before commands run
 * @param lightsDuration      how long flashed lights stay on
 * @param hornDuration        how long the horn sounds
 * @param rememberedCommands  how many answered command ids a car keeps to refuse replays
 * @param executionLogSize    how many executions a car keeps in its log for tests to inspect; the oldest go first
 */
public record CarRules(Optional<PublicKey> configuredKey, boolean requireProvisioning, Duration lightsDuration,
        Duration hornDuration, int rememberedCommands, int executionLogSize) {

    public CarRules {
        if (rememberedCommands < 1) {
            throw new IllegalArgumentException("a car must remember at least one command id");
        }
        if (executionLogSize < 1) {
            throw new IllegalArgumentException("a car's execution log must hold at least one execution");
        }
    }
}
