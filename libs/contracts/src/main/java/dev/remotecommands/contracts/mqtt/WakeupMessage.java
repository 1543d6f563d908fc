package dev.remotecommands.contracts.mqtt;

import java.time.Instant;

/** {@code vehicles/{vin}/wakeup}, bridge to car, QoS 1: the shoulder-tap that wakes a sleeping car. */
public record WakeupMessage(Instant at) {
}
