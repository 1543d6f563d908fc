package dev.remotecommands.simulator;

import dev.remotecommands.contracts.mqtt.AckMessage;

/**
 * What a car does with a command it received.
 *
 * @param ack          the answer to publish on the acks topic, or null when the car ignores the command (asleep)
 * @param replay       true when this is the earlier answer to a command id the car already handled
 * @param stateChanged true when the car must re-publish its retained state (doors changed, refresh asked)
 */
public record CommandAnswer(AckMessage ack, boolean replay, boolean stateChanged) {

    static final CommandAnswer IGNORED = new CommandAnswer(null, false, false);

    public boolean ignored() {
        return ack == null;
    }
}
