package dev.remotecommands.simulator.rest;

/** {@code POST /v1/cars/{vin}/bluetooth-pairing}: what the phone hands the car over Bluetooth. */
public record PairingRequest(String challenge, String deviceId) {
}
