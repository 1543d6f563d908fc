package dev.remotecommands.contracts.vehicle;

/** SHARING lets the car exchange data with the platform; PRIVATE forbids remote commands. */
public enum PrivacyMode {
    SHARING,
    PRIVATE
}
