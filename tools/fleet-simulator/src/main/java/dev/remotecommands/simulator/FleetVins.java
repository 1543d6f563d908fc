package dev.remotecommands.simulator;

import dev.remotecommands.contracts.Vin;

import java.util.ArrayList;
import java.util.List;

/** The VINs of the simulated fleet: the prefix, then the car's number from 1, zero-padded to 17 characters. */
public final class FleetVins {

    private FleetVins() {
    }

    /** Throws {@link IllegalArgumentException} with the reason when the prefix and size cannot make valid VINs. */
    public static List<String> of(String prefix, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("simulator.fleet-size must not be negative, got " + size);
        }
        int digits = 17 - prefix.length();
        if (digits < 1 || String.valueOf(size).length() > digits) {
            throw new IllegalArgumentException("simulator.vin-prefix '" + prefix + "' leaves no room to number "
                    + size + " cars in a 17-character VIN");
        }
        List<String> vins = new ArrayList<>(size);
        for (int number = 1; number <= size; number++) {
            String vin = prefix + String.format("%0" + digits + "d", number);
            if (!Vin.isValid(vin)) {
                throw new IllegalArgumentException("simulator.vin-prefix '" + prefix + "' makes the invalid VIN "
                        + vin + ": use digits and capitals except I, O and Q");
            }
            vins.add(vin);
        }
        return vins;
    }
}
