package dev.remotecommands.infrastructure;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The components the infrastructure can provide. */
public enum Component {
    KAFKA, POSTGRES, MQTT, KEYCLOAK;

    /** The lower-case name used in init args and error messages: {@code kafka}, {@code postgres}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a comma list such as {@code "kafka,postgres,mqtt"}. */
    public static Set<Component> parse(String commaList) {
        Set<Component> components = EnumSet.noneOf(Component.class);
        if (commaList == null) {
            return components;
        }
        for (String item : commaList.split(",")) {
            String id = item.trim();
            if (!id.isEmpty()) {
                components.add(Arrays.stream(values())
                        .filter(component -> component.id().equalsIgnoreCase(id))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown component '" + id
                                + "'; known components: " + ids(EnumSet.allOf(Component.class)))));
            }
        }
        return components;
    }

    public static String ids(Set<Component> components) {
        return components.stream().map(Component::id).collect(Collectors.joining(","));
    }
}
