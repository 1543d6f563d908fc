package dev.remotecommands.simulator.service;

import dev.remotecommands.simulator.config.SimulatorConfig;
import dev.remotecommands.simulator.messaging.ConnectGate;
import dev.remotecommands.simulator.messaging.MqttSettings;
import dev.remotecommands.simulator.messaging.VehicleMessages;

import java.time.Clock;

/**
 * What every car of the fleet shares: the settings, the broker, the gate the cars pass one wave at a time to
 * connect, the message codec, the clock and the fleet's count of connected cars.
 */
public record CarEnvironment(SimulatorConfig config, MqttSettings mqtt, ConnectGate connectGate,
        VehicleMessages messages, Clock clock, ConnectedCars connectedCars) {
}
