package dev.remotecommands.local.journey;

import dev.remotecommands.infrastructure.LocalRealm;

/**
 * A driver of the local realm, with the phone and safety code they certify their account with.
 *
 * @param phoneCountry  the country the app's phone field shows (ISO 3166 alpha-2)
 * @param phoneNational the number as the driver types it
 * @param phoneE164     the same number normalised, under which the local SMS inbox files its messages
 */
public record Driver(String username, String password, String accountId, String phoneCountry, String phoneNational,
        String phoneE164, String deviceId, String deviceName, String safetyCode) {

    public static final Driver DEMO = new Driver(LocalRealm.DRIVER_USERNAME, LocalRealm.DRIVER_PASSWORD,
            LocalRealm.DRIVER_ID, "FR", "06 12 34 56 78", "+33612345678", "demo-phone", "Driver's phone", "4831");

    public static final Driver OTHER = new Driver(LocalRealm.OTHER_DRIVER_USERNAME, LocalRealm.OTHER_DRIVER_PASSWORD,
            LocalRealm.OTHER_DRIVER_ID, "FR", "07 98 76 54 32", "+33798765432", "other-phone", "Other driver's phone",
            "5920");
}
