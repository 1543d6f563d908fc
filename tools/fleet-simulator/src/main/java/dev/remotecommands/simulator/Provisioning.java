package dev.remotecommands.simulator;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * What the platform told the car in its retained provisioning message.
 *
 * @param remoteControl whether remote commands are switched on
 * @param devices       the phones authorised for this car
 * @param commandKey    the key commands must be signed with, when the platform sent one
 */
public record Provisioning(boolean remoteControl, List<String> devices, Optional<PublicKey> commandKey) {

    /** A car that never received (or lost) its provisioning. */
    public static final Provisioning NONE = new Provisioning(false, List.of(), Optional.empty());

    public Provisioning {
        devices = List.copyOf(devices);
    }
}
