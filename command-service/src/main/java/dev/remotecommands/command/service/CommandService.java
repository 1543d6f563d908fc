package dev.remotecommands.command.service;

import dev.remotecommands.command.Command;
import dev.remotecommands.command.CommandHistoryEntry;
import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.problem.ProblemException;
import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.command.repository.CommandHistoryRepository;
import dev.remotecommands.command.repository.CommandRepository;
import dev.remotecommands.command.repository.StatusNotifier;
import dev.remotecommands.contracts.Topics;
import dev.remotecommands.contracts.events.CommandRequested;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.outbox.Outbox;
import dev.remotecommands.outbox.db.UniqueViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Accepting commands and reading them back, always on behalf of one account. */
@ApplicationScoped
public class CommandService {


    private final CommandRepository commands;
    private final CommandHistoryRepository history;
    private final VehicleAccess access;
    private final RemoteSessionGuard remoteSessions;
    private final RateLimits rateLimits;
    private final CommandSigner signer;
    private final Outbox outbox;
    private final StatusNotifier notifier;
    private final Duration ttl;
    private final Clock clock;

    public CommandService(CommandRepository commands, CommandHistoryRepository history, VehicleAccess access,
            RemoteSessionGuard remoteSessions, RateLimits rateLimits, CommandSigner signer, Outbox outbox,
            StatusNotifier notifier, CommandsConfig config, Clock clock) {
        this.commands = commands;
        this.history = history;
        this.access = access;
        this.remoteSessions = remoteSessions;
        this.rateLimits = rateLimits;
        this.signer = signer;
        this.outbox = outbox;
        this.notifier = notifier;
        this.ttl = config.defaultTtl();
        this.clock = clock;
    }

    /**
     * Accepts the command, or gives back the one accepted earlier under the same idempotency key; either needs a
     * valid remote session, checked after the car (404 first, then 403). The command
     * row, its first history entry and {@code CommandRequested} are written in one transaction.
     */
    public Uni<Submission> submit(CommandOrder order) {
        // A concurrent request can win the idempotency key or the in-flight slot between our checks and our
        // insert; the unique constraints catch it, and a second attempt then answers like the checks would.
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> attempt(order)))
                .onFailure(UniqueViolation::isCauseOf).retry().atMost(1);
    }

    public Uni<CommandDetails> find(String accountId, UUID commandId) {
        return Panache.withSession(() -> commands.findOfAccount(commandId, accountId)
                .onItem().ifNull().failWith(() -> Problems.commandNotFound(commandId.toString()))
                .call(command -> access.require(accountId, command.getVin())
                        .onFailure(ProblemException.class)
                        .transform(e -> Problems.commandNotFound(commandId.toString())))
                .chain(this::withHistory));
    }

    /** The account's latest commands for this car, newest first. */
    public Uni<List<CommandDetails>> latest(String accountId, String vin, int limit) {
        return Panache.withSession(() -> access.require(accountId, vin)
                .chain(() -> commands.latestOfAccount(accountId, vin, limit))
                .chain(this::withHistories));
    }

    private Uni<Submission> attempt(CommandOrder order) {
        return access.requireForCommand(order.accountId(), order.vin(), order.remoteSession())
                .chain(() -> remoteSessions.check(order.accountId(), order.vin(), order.remoteSession()))
                .chain(() -> commands.lockVehicle(order.vin()))
                .chain(() -> commands.findByIdempotencyKey(order.accountId(), order.idempotencyKey()))
                .chain(earlier -> earlier != null ? replay(earlier, order) : accept(order));
    }

    private Uni<Submission> replay(Command earlier, CommandOrder order) {
        if (!earlier.sameRequestAs(order.vin(), order.type())) {
            return Uni.createFrom().failure(Problems.idempotencyKeyReused(order.idempotencyKey()));
        }
        return withHistory(earlier).map(details -> new Submission(details, true));
    }

    private Uni<Submission> accept(CommandOrder order) {
        return commands.hasPending(order.vin(), order.type())
                .chain(pending -> pending
                        ? Uni.createFrom().failure(Problems.sameActionInProgress(order.type()))
                        : checkRateLimit(order))
                .chain(() -> create(order));
    }

    private Uni<Void> checkRateLimit(CommandOrder order) {
        RateLimit limit = rateLimits.of(order.type());
        Instant now = clock.instant();
        return commands.acceptedSince(order.vin(), order.type(), limit.windowStart(now))
                .chain(accepted -> limit.waitBeforeNext(accepted, now)
                        .map(wait -> Uni.createFrom().<Void>failure(Problems.tooManyRequests(order.type(),
                                RateLimit.retryAfterSeconds(wait),
                                new Problems.RateLimitFacts(limit.maxRequests(), limit.window().toSeconds()))))
                        .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    private Uni<Submission> create(CommandOrder order) {
        // Milliseconds, so that what is stored, published and signed is the same text.
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant expiresAt = issuedAt.plus(ttl).truncatedTo(ChronoUnit.MILLIS);
        UUID id = UUID.randomUUID();
        String signature = signer.sign(id, order.vin(), order.type(), issuedAt, expiresAt);
        Command command = Command.accepted(id, order.vin(), order.accountId(), order.type(), order.idempotencyKey(),
                issuedAt, expiresAt, signature).sentThrough(order.clientId());
        CommandHistoryEntry accepted = new CommandHistoryEntry(id, CommandStatus.ACCEPTED, null, issuedAt);
        CommandRequested event = new CommandRequested(id, order.vin(), order.accountId(), order.type(), issuedAt,
                expiresAt, signature);
        return commands.persistAndFlush(command)
                .chain(() -> history.persist(accepted))
                .chain(() -> outbox.enqueue(Topics.COMMAND_REQUESTED, order.vin(), event))
                .chain(() -> notifier.announce(id))
                .map(ignored -> new Submission(new CommandDetails(command, List.of(accepted)), false));
    }

    private Uni<CommandDetails> withHistory(Command command) {
        return history.ofCommands(List.of(command.getId()))
                .map(entries -> new CommandDetails(command, entries));
    }

    private Uni<List<CommandDetails>> withHistories(List<Command> latest) {
        return history.ofCommands(latest.stream().map(Command::getId).toList())
                .map(entries -> {
                    Map<UUID, List<CommandHistoryEntry>> byCommand = entries.stream()
                            .collect(Collectors.groupingBy(CommandHistoryEntry::getCommandId));
                    return latest.stream()
                            .map(command -> new CommandDetails(command,
                                    byCommand.getOrDefault(command.getId(), List.of())))
                            .toList();
                });
    }
}
