package dev.remotecommands.loadtest.benchmark;

import java.util.List;

/**
 * Which car gets the next command, and of which type: round-robin over the cars, the type advancing once per turn of
 * the fleet. A given (car, type) thus comes back only every {@code cars × types} commands, i.e. every
 * {@code cars × types / rate} seconds: as long as the platform finishes a command in less than that, no car ever has
 * two pending commands of one type (which command-service would refuse with 409). The count runs on across steps.
 */
public final class CarPicker {

    /** Car index in the fleet, and the command type. */
    public record Pick(int car, String type) {
    }

    private final int cars;
    private final List<String> types;
    private long next;

    public CarPicker(int cars, List<String> types) {
        if (cars < 1 || types.isEmpty()) {
            throw new IllegalArgumentException("need at least one car and one type");
        }
        this.cars = cars;
        this.types = List.copyOf(types);
    }

    public synchronized Pick next() {
        Pick pick = new Pick((int) (next % cars), types.get((int) ((next / cars) % types.size())));
        next++;
        return pick;
    }

    /** Seconds between two commands of one type to one car at this rate. */
    public double reuseSeconds(double rate) {
        return cars * (double) types.size() / rate;
    }
}
