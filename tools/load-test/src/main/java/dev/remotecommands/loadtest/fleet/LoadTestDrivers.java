package dev.remotecommands.loadtest.fleet;

import dev.remotecommands.local.journey.Driver;

/**
 * The drivers and cars of the load-test fleet, one driver per car, all derived from the car's number so that a second
 * {@code fleet-setup} finds the same ones: car n is the fleet simulator's n-th VIN (prefix, then n zero-padded to 17
 * characters, as the simulator's {@code FleetVins} builds them), its driver {@code load-driver-n} with a French mobile
 * number of their own (otp-service limits the codes sent per phone) and a device {@code load-phone-n}.
 */
public final class LoadTestDrivers {

    /** The simulator's default VIN prefix: the demo cars are 1-10, the load-test fleet starts after them. */
    public static final String VIN_PREFIX = "VF7DEMCAR";
    public static final int FIRST_CAR = 11;
    private static final String SAFETY_CODE = "4831";

    private LoadTestDrivers() {
    }

    public static String vin(String prefix, int number) {
        int digits = 17 - prefix.length();
        String vin = prefix + String.format("%0" + digits + "d", number);
        if (vin.length() != 17) {
            throw new IllegalArgumentException("no room for car " + number + " after the VIN prefix " + prefix);
        }
        return vin;
    }

    /** Car n's driver; {@code accountId} is the Keycloak user's id (the token subject). */
    public static Driver driver(int number, String accountId) {
        String name = String.format("load-driver-%05d", number);
        // 06 1x xx xx xx: a valid French mobile range, one number per car up to 9,999,999 cars
        String subscriber = String.format("%08d", 10_000_000 + number);
        return new Driver(name, name, accountId, "FR", "06" + subscriber, "+336" + subscriber,
                String.format("load-phone-%05d", number), "Load-test phone " + number, SAFETY_CODE);
    }
}
