package dev.remotecommands.bridge.service;

import dev.remotecommands.contracts.vehicle.Presence;

import java.time.Instant;

/** What the bridge does with a command when it arrives, from its deadline and the car's last known presence. */
public enum Route {
    /** Past its deadline: EXPIRED without reaching the car. */
    EXPIRE,
    /** The car is online (or has never told): publish the command now. */
    SEND,
    /** The car sleeps: wake it up (within the monthly cap) and send once it is online. */
    WAKE_UP,
    /** The car is offline: wait for it to come online until the deadline. */
    WAIT;

    public static Route of(Presence presence, Instant expiresAt, Instant now) {
        if (Deadlines.expiredOnArrival(expiresAt, now)) {
            return EXPIRE;
        }
        if (presence == null) {
            return SEND;
        }
        return switch (presence) {
            case ONLINE -> SEND;
            case ASLEEP -> WAKE_UP;
            case OFFLINE -> WAIT;
        };
    }
}
