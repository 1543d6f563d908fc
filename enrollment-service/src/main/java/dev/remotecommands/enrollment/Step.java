package dev.remotecommands.enrollment;

/** What the driver has to do next; the three certification steps, preceded by the activation itself. */
public enum Step {
    /** Accept the terms of use for a vehicle (not one of the three certification steps). */
    ACTIVATION,
    /** Account level: a verified phone number. */
    TRUSTED_PHONE,
    /** Account level: a registered device and a safety code. */
    SAFETY_CODE,
    /** Per vehicle: the car confirmed a Bluetooth pairing. */
    BLUETOOTH_PAIRING
}
