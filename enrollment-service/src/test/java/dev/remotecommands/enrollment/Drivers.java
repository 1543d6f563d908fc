package dev.remotecommands.enrollment;

import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.infrastructure.LocalRealm;

/** The two drivers of the local realm, with real access tokens from the test Keycloak. */
public final class Drivers {

    private static Account driver;
    private static Account otherDriver;

    private Drivers() {
    }

    public static synchronized Account driver() {
        if (driver == null) {
            driver = new Account(LocalRealm.DRIVER_ID, Infrastructure.current().keycloak()
                    .accessToken(LocalRealm.DRIVER_USERNAME, LocalRealm.DRIVER_PASSWORD));
        }
        return driver;
    }

    public static synchronized Account otherDriver() {
        if (otherDriver == null) {
            otherDriver = new Account(LocalRealm.OTHER_DRIVER_ID, Infrastructure.current().keycloak()
                    .accessToken(LocalRealm.OTHER_DRIVER_USERNAME, LocalRealm.OTHER_DRIVER_PASSWORD));
        }
        return otherDriver;
    }
}
