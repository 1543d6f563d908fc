package dev.remotecommands.otp.service;

/**
 * What was sent before a request, as counted in the database (throttled requests do not count).
 *
 * @param sentWithinCooldown a code went to this phone for this purpose within the cooldown
 * @param sentToPhoneLastHour codes sent to this phone within the hour, all purposes
 * @param sentForAccountLastHour codes sent for this account within the hour, all phones
 */
public record SendingHistory(boolean sentWithinCooldown, long sentToPhoneLastHour, long sentForAccountLastHour) {
}
