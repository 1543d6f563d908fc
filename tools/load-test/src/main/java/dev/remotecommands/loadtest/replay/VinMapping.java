package dev.remotecommands.loadtest.replay;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which simulated car stands in for each recorded VIN in a restamped replay. */
public final class VinMapping {

    private VinMapping() {
    }

    /**
     * The recorded VINs (in their order) onto the fleet's cars in turn: with at least as many cars as VINs each VIN
     * gets a car of its own; with fewer, cars are shared. VINs named in {@code explicit} keep that car.
     */
    public static Map<String, String> ontoFleet(Collection<String> recorded, List<String> fleet,
            Map<String, String> explicit) {
        if (fleet.isEmpty()) {
            throw new IllegalArgumentException("the simulated fleet has no car to map the recording's VINs onto");
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        int next = 0;
        for (String vin : recorded) {
            mapping.put(vin, explicit.containsKey(vin) ? explicit.get(vin) : fleet.get(next++ % fleet.size()));
        }
        return mapping;
    }
}
