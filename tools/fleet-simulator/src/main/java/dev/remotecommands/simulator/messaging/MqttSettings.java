package dev.remotecommands.simulator.messaging;

import java.time.Duration;

/** Where the broker is and how a car keeps its link to it. */
public record MqttSettings(String host, int port, Duration keepAlive, Duration reconnectMaxDelay) {
}
