package dev.remotecommands.contracts.mqtt;

import java.time.Instant;
import java.util.List;

/**
 * {@code vehicles/{vin}/provisioning}, bridge to car, QoS 1, retained: whether remote control is on, the
 * authorised devices and the command-verification key (base64 X.509 SubjectPublicKeyInfo, Ed25519).
 */
public record ProvisioningMessage(boolean remoteControl, List<String> devices, String commandKey, Instant at) {
}
