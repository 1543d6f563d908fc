package dev.remotecommands.local;

import java.util.List;
import java.util.OptionalInt;

/**
 * The options of {@code ./run.sh} (LocalPlatform), checked before anything starts: an unknown option or a bad value
 * is refused with what is wrong.
 *
 * @param keepData     keep .local/data from the previous run
 * @param withServices start the services too, not only the infrastructure
 * @param cars         how many cars the fleet simulator runs, when not its ten demo cars
 */
public record RunOptions(boolean keepData, boolean withServices, OptionalInt cars) {

    /** The walkthrough and the README's journey by hand use cars 1 and 2. */
    public static final int MIN_CARS = 2;
    /**
     * Every car holds a socket to the local broker on 127.0.0.1, so one machine runs out of ephemeral ports (about
     * 28,000 by default, net.ipv4.ip_local_port_range) and file descriptors first.
     */
    public static final int MAX_CARS = 25_000;

    public static final String USAGE = """
            Usage: ./run.sh [--keep-data] [--no-services] [--cars N]
              --keep-data     keep .local/data (databases, Kafka) from the previous run
              --no-services   start only Kafka, PostgreSQL, the MQTT broker and Keycloak (to run services from an IDE)
              --cars N        the fleet simulator runs N cars (%d to %d, VF7DEMCAR00000001 on), not its ten demo cars
            SKIP_BUILD=1 ./run.sh starts what was built last.""".formatted(MIN_CARS, MAX_CARS);

    /** Throws {@link IllegalArgumentException} saying what is wrong with the options. */
    public static RunOptions parse(List<String> args) {
        boolean keepData = false;
        boolean withServices = true;
        OptionalInt cars = OptionalInt.empty();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--keep-data" -> keepData = true;
                case "--no-services" -> withServices = false;
                case "--cars" -> {
                    if (i + 1 == args.size()) {
                        throw new IllegalArgumentException("--cars needs the number of cars, e.g. --cars 1000");
                    }
                    cars = OptionalInt.of(cars(args.get(++i)));
                }
                default -> throw new IllegalArgumentException("Unknown option " + args.get(i));
            }
        }
        if (cars.isPresent() && !withServices) {
            throw new IllegalArgumentException("--cars sets the fleet simulator's cars; with --no-services no "
                    + "simulator starts");
        }
        return new RunOptions(keepData, withServices, cars);
    }

    private static int cars(String value) {
        int cars;
        try {
            cars = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--cars needs a whole number of cars, got '" + value + "'");
        }
        if (cars < MIN_CARS || cars > MAX_CARS) {
            throw new IllegalArgumentException("--cars takes " + MIN_CARS + " to " + MAX_CARS + " cars, got " + cars
                    + (cars < MIN_CARS ? ": the walkthrough uses cars 1 and 2" : ": each car holds a socket to the"
                            + " local broker, and one machine runs out of ports and file descriptors first"));
        }
        return cars;
    }
}
