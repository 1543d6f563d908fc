package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.contracts.vehicle.CommandType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;

/** The configured rate limit of each command type ({@code commands.rate-limits.<type>.*}). */
@ApplicationScoped
public class RateLimits {

    private final Map<CommandType, RateLimit> limits = new EnumMap<>(CommandType.class);

    public RateLimits(CommandsConfig config) {
        config.rateLimits().forEach((type, limit) -> limits.put(type, new RateLimit(limit.max(), limit.window())));
    }

    public RateLimit of(CommandType type) {
        return limits.get(type);
    }
}
