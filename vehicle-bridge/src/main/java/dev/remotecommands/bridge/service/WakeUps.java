package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.config.BridgeConfig;
import dev.remotecommands.bridge.metrics.BridgeMetrics;
import dev.remotecommands.bridge.repository.InFlightCommandRepository;
import dev.remotecommands.bridge.repository.WakeUpRepository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/** Decides whether a sleeping car gets a wake-up, within its monthly cap. */
@ApplicationScoped
public class WakeUps {

    @Inject
    BridgeMetrics metrics;

    /** What a command for a sleeping car gets. */
    public enum Decision {
        /** A wake-up for this car is already under way: wait for it, do not spend another one. */
        JOIN,
        /** A wake-up was counted: publish it. */
        SEND,
        /** This month's wake-ups are used up. */
        LIMIT_REACHED
    }

    private final InFlightCommandRepository commands;
    private final WakeUpRepository counts;
    private final BridgeConfig config;

    public WakeUps(InFlightCommandRepository commands, WakeUpRepository counts, BridgeConfig config) {
        this.commands = commands;
        this.counts = counts;
        this.config = config;
    }

    /** Runs in the caller's transaction: a counted wake-up is undone if that transaction rolls back. */
    public Uni<Decision> request(String vin, Instant now) {
        return commands.isWakingUp(vin, now).chain(underWay -> underWay
                ? Uni.createFrom().item(Decision.JOIN)
                : counts.tryCount(vin, WakeUpMonth.of(now), config.wakeUp().monthlyLimit())
                        .map(counted -> counted ? Decision.SEND : Decision.LIMIT_REACHED))
                .invoke(metrics::wakeUp);
    }
}
