package dev.remotecommands.bridge.service;

import java.util.UUID;

/** A message for a car, published once the transaction that decided it has committed. */
public sealed interface Delivery {

    String vin();

    /** The command payload for {@code vehicles/{vin}/commands}. */
    record Command(UUID commandId, String vin, String message) implements Delivery {
    }

    /** The shoulder-tap for {@code vehicles/{vin}/wakeup}. */
    record Wakeup(String vin) implements Delivery {
    }
}
