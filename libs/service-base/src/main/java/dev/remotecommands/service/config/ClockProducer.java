package dev.remotecommands.service.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * One clock for the whole service, so that every time-based rule reads time the same way. A default bean: a
 * service or a test that produces its own {@link Clock} (a fixed one, say) replaces it.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
