package dev.remotecommands.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the MQTT broker is; the same {@code mqtt.*} keys every service and the test infrastructure use. */
@ConfigMapping(prefix = "mqtt")
public interface MqttBrokerConfig {

    /** Broker host name. */
    @WithDefault("localhost")
    String host();

    /** Broker TCP port (plain MQTT). */
    @WithDefault("1883")
    int port();
}
