package dev.remotecommands.infrastructure.testing;

import dev.remotecommands.infrastructure.Infrastructure;
import dev.remotecommands.infrastructure.LocalRealm;

/**
 * The two drivers and the operator of the local realm, with real access tokens from the test Keycloak (component {@code keycloak}),
 * fetched once and kept: tokens live 30 minutes, longer than a module's tests.
 */
public final class RealmDrivers {

    /** A driver of the test realm: the token's subject is the account id. */
    public record Account(String id, String accessToken) {
    }

    private static Account driver;
    private static Account otherDriver;
    private static Account operator;

    private RealmDrivers() {
    }

    /** {@code driver}, account {@link LocalRealm#DRIVER_ID}. */
    public static synchronized Account driver() {
        if (driver == null) {
            driver = signIn(LocalRealm.DRIVER_ID, LocalRealm.DRIVER_USERNAME, LocalRealm.DRIVER_PASSWORD);
        }
        return driver;
    }

    /** {@code other-driver}, account {@link LocalRealm#OTHER_DRIVER_ID}. */
    public static synchronized Account otherDriver() {
        if (otherDriver == null) {
            otherDriver = signIn(LocalRealm.OTHER_DRIVER_ID, LocalRealm.OTHER_DRIVER_USERNAME,
                    LocalRealm.OTHER_DRIVER_PASSWORD);
        }
        return otherDriver;
    }

    /** {@code operator}, with the realm roles {@code operator} and {@code webhook-admin}. */
    public static synchronized Account operator() {
        if (operator == null) {
            operator = signIn(LocalRealm.OPERATOR_ID, LocalRealm.OPERATOR_USERNAME, LocalRealm.OPERATOR_PASSWORD);
        }
        return operator;
    }

    private static Account signIn(String id, String username, String password) {
        return new Account(id, Infrastructure.current().keycloak().accessToken(username, password));
    }
}
