package dev.remotecommands.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.remotecommands.contracts.vehicle.CommandType;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The rate limits as application.properties gives them, and as run.sh or the system tests override them. */
class RateLimitsConfigTest {

    @Test
    void everyCommandTypeHasItsLimit() throws IOException {
        Map<CommandType, CommandsConfig.Limit> limits = config(applicationProperties()).rateLimits();

        assertThat(limits).hasSize(CommandType.values().length);
        assertLimit(limits.get(CommandType.HORN), 3, Duration.ofMinutes(1));
        assertLimit(limits.get(CommandType.LIGHTS), 3, Duration.ofMinutes(1));
        assertLimit(limits.get(CommandType.LOCK), 10, Duration.ofMinutes(10));
        assertLimit(limits.get(CommandType.UNLOCK), 10, Duration.ofMinutes(10));
        assertLimit(limits.get(CommandType.REFRESH_STATE), 10, Duration.ofMinutes(1));
    }

    @Test
    void oneKeyOverridesOneLimit() throws IOException {
        Map<String, String> properties = applicationProperties();
        properties.put("commands.rate-limits.refresh-state.max", "100000");

        Map<CommandType, CommandsConfig.Limit> limits = config(properties).rateLimits();

        assertLimit(limits.get(CommandType.REFRESH_STATE), 100000, Duration.ofMinutes(1));
        assertLimit(limits.get(CommandType.HORN), 3, Duration.ofMinutes(1));
    }

    @Test
    void aTypeWithoutALimitStopsTheStart() throws IOException {
        Map<String, String> properties = applicationProperties();
        properties.remove("commands.rate-limits.lights.window");

        assertThatThrownBy(() -> config(properties)).hasMessageContaining("commands.rate-limits.lights.window");
    }

    private static void assertLimit(CommandsConfig.Limit limit, int max, Duration window) {
        assertThat(limit.max()).isEqualTo(max);
        assertThat(limit.window()).isEqualTo(window);
    }

    private static CommandsConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(CommandsConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(CommandsConfig.class);
    }

    private static Map<String, String> applicationProperties() throws IOException {
        URL url = RateLimitsConfigTest.class.getResource("/application.properties");
        Properties properties = new Properties();
        try (var in = url.openStream()) {
            properties.load(in);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("commands."))
                .forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }
}
