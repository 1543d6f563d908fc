package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.contracts.vehicle.CommandType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;

/** The configured rate limit of each command type. */
@ApplicationScoped
public class RateLimits {

    private final Map<CommandType, RateLimit> limits = new EnumMap<>(CommandType.class);

    public RateLimits(CommandsConfig config) {
        CommandsConfig.RateLimits c = config.rateLimit();
        limits.put(CommandType.HORN, new RateLimit(c.hornMax(), c.hornWindow()));
        limits.put(CommandType.LIGHTS, new RateLimit(c.lightsMax(), c.lightsWindow()));
        limits.put(CommandType.LOCK, new RateLimit(c.lockMax(), c.lockWindow()));
        limits.put(CommandType.UNLOCK, new RateLimit(c.unlockMax(), c.unlockWindow()));
        limits.put(CommandType.REFRESH_STATE, new RateLimit(c.refreshStateMax(), c.refreshStateWindow()));
    }

    public RateLimit of(CommandType type) {
        return limits.get(type);
    }
}
