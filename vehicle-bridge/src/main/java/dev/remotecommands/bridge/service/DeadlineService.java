package dev.remotecommands.bridge.service;

import dev.remotecommands.bridge.InFlightCommand;
import dev.remotecommands.bridge.config.BridgeConfig;
import dev.remotecommands.bridge.repository.InFlightCommandRepository;
import dev.remotecommands.bridge.repository.PairingReportRepository;
import dev.remotecommands.bridge.repository.WakeUpRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Gives overdue commands their verdict (EXPIRED when they never reached the car, TIMED_OUT when the car never
 * answered), publishes again the sent commands whose publication was not confirmed or which went unanswered, and
 * forgets what is no longer needed. Rows are locked with {@code skip locked}, so several instances can do this side
 * by side.
 */
@ApplicationScoped
public class DeadlineService {

    private final InFlightCommandRepository commands;
    private final WakeUpRepository wakeUpCounts;
    private final PairingReportRepository pairingReports;
    private final Reporter reporter;
    private final Deliveries deliveries;
    private final BridgeConfig config;
    private final Clock clock;

    public DeadlineService(InFlightCommandRepository commands, WakeUpRepository wakeUpCounts,
            PairingReportRepository pairingReports, Reporter reporter, Deliveries deliveries, BridgeConfig config,
            Clock clock) {
        this.commands = commands;
        this.wakeUpCounts = wakeUpCounts;
        this.pairingReports = pairingReports;
        this.reporter = reporter;
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
    }

    /** Finishes overdue commands batch after batch until none is left; returns how many got a verdict. */
    public Uni<Integer> finishAllOverdue() {
        return finishAllOverdue(0);
    }

    private Uni<Integer> finishAllOverdue(int soFar) {
        return finishOverdue().chain(batch -> batch.handled() < config.sweepBatchSize()
                ? Uni.createFrom().item(soFar + batch.finished())
                : finishAllOverdue(soFar + batch.finished()));
    }

    /** One batch: how many overdue rows it looked at and how many of them got a verdict. */
    record Batch(int handled, int finished) {
    }

    /** Finishes one batch of overdue commands. */
    Uni<Batch> finishOverdue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> commands
                .lockOverdue(now, Deadlines.sentCutoff(now, config.answerGrace()), config.sweepBatchSize())
                .chain(overdue -> {
                    int[] finished = {0};
                    return Sequence.each(overdue, command -> finish(command, now).invoke(done -> {
                        if (done) {
                            finished[0]++;
                        }
                    })).map(ignored -> new Batch(overdue.size(), finished[0]));
                }));
    }

    private Uni<Boolean> finish(InFlightCommand command, Instant now) {
        return Deadlines.overdue(command.stage, command.expiresAt, now, config.answerGrace())
                .map(verdict -> commands.finishFromStage(command.commandId, command.stage, verdict.status(), now)
                        .call(done -> done
                                ? reporter.verdict(command.commandId, command.vin, verdict, now)
                                : Uni.createFrom().voidItem()))
                .orElseGet(() -> Uni.createFrom().item(false));
    }

    /**
     * Publishes again the sent commands whose publication was not confirmed in time (broker unreachable) and those
     * still unanswered {@code bridge.resend-after} after their publication (an ack or the command itself lost on the
     * way). Returns how many of the second kind there were.
     */
    public Uni<Integer> publishAgainUnsettled() {
        Instant now = clock.instant();
        return Panache.withSession(() -> commands.toPublishAgain(now.minus(config.republishAfter()),
                now.minus(config.resendAfter()), now, config.sweepBatchSize()))
                .chain(sent -> republish(sent)
                        .replaceWith(() -> (int) sent.stream().filter(command -> command.publishedAt != null).count()));
    }

    /** Publishes these commands again; the car ignores a command id it already ran and re-sends its ack. */
    Uni<Integer> republish(List<InFlightCommand> sent) {
        return deliveries.deliver(sent.stream().map(Deliveries::commandOf).toList()).replaceWith(sent.size());
    }

    /** Forgets finished commands and pairing reports past their retention and wake-up counts of past months. */
    public Uni<Void> purge() {
        Instant now = clock.instant();
        return purgeFinished(now.minus(config.finishedRetention()))
                .chain(() -> Panache.withTransaction(() -> wakeUpCounts.purgeBefore(WakeUpMonth.previous(now))))
                .chain(() -> Panache.withTransaction(() -> pairingReports.purgeBefore(
                        now.minus(config.finishedRetention()))))
                .replaceWithVoid();
    }

    private Uni<Void> purgeFinished(Instant before) {
        return Panache.withTransaction(() -> commands.purgeFinished(before, config.sweepBatchSize()))
                .chain(deleted -> deleted < config.sweepBatchSize()
                        ? Uni.createFrom().voidItem()
                        : purgeFinished(before));
    }
}
