package dev.remotecommands.contracts.mqtt;

import java.util.Optional;

/**
 * MQTT topics of the vehicle protocol, {@code vehicles/{vin}/{kind}}. Car-to-bridge topics are read by
 * the bridge through the shared subscription group {@link #BRIDGE_SHARE_GROUP}.
 */
public final class VehicleTopics {

    public static final String COMMANDS = "commands";
    public static final String ACKS = "acks";
    public static final String STATE = "state";
    public static final String PAIRING = "pairing";
    public static final String PRESENCE = "presence";
    public static final String PROVISIONING = "provisioning";
    public static final String WAKEUP = "wakeup";

    public static final String BRIDGE_SHARE_GROUP = "vehicle-bridge";

    private static final String PREFIX = "vehicles/";

    private VehicleTopics() {
    }

    /** The topic of one car, e.g. {@code vehicles/VF7DEMCAR00000001/commands}. */
    public static String of(String vin, String kind) {
        return PREFIX + vin + "/" + kind;
    }

    /** The shared subscription the bridge instances use for one kind of car topic. */
    public static String sharedSubscription(String kind) {
        return "$share/" + BRIDGE_SHARE_GROUP + "/" + PREFIX + "+/" + kind;
    }

    /** The VIN in a topic such as {@code vehicles/{vin}/acks}, or empty if the topic is not a car topic. */
    public static Optional<String> vinOf(String topic) {
        if (topic == null || !topic.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int end = topic.indexOf('/', PREFIX.length());
        return end > PREFIX.length() ? Optional.of(topic.substring(PREFIX.length(), end)) : Optional.empty();
    }
}
