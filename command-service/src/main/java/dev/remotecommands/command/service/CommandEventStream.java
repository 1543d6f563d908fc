package dev.remotecommands.command.service;

import dev.remotecommands.command.config.CommandsConfig;
import dev.remotecommands.command.repository.CommandStatusReader;
import dev.remotecommands.command.repository.CommandStatusReader.StatusChange;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The status changes of one command as a stream: its current status first, then every change in order, and
 * the end after the terminal one. Changes are read from the command's history whenever a notification for it
 * arrives, and every {@code commands.events.recheck-interval} in case one was missed (or the database was away).
 */
@ApplicationScoped
public class CommandEventStream {

    private static final Logger LOG = Logger.getLogger(CommandEventStream.class);
    private static final StatusChange END = new StatusChange(-1, null, null, null, null);

    private final CommandStatusReader reader;
    private final StatusChangeListener listener;
    private final Duration recheckInterval;

    public CommandEventStream(CommandStatusReader reader, StatusChangeListener listener, CommandsConfig config) {
        this.reader = reader;
        this.listener = listener;
        this.recheckInterval = config.events().recheckInterval();
    }

    /** Call only for a command the caller may read. */
    public Multi<StatusChange> follow(UUID commandId) {
        return reader.latest(commandId).onItem().transformToMulti(latest -> {
            if (latest.isEmpty()) {
                return Multi.createFrom().empty();
            }
            StatusChange current = latest.get();
            Multi<StatusChange> later = current.status().isTerminal()
                    ? Multi.createFrom().empty()
                    : changesAfter(commandId, current.sequence());
            return Multi.createBy().concatenating().streams(Multi.createFrom().item(current), later);
        });
    }

    private Multi<StatusChange> changesAfter(UUID commandId, long sequence) {
        AtomicLong lastSent = new AtomicLong(sequence);
        Multi<UUID> readAgain = Multi.createBy().merging().streams(
                        // one read right away: a change may have landed before the notifications were subscribed
                        Multi.createFrom().item(commandId),
                        listener.changesOf(commandId),
                        Multi.createFrom().ticks().every(recheckInterval).map(tick -> commandId))
                .onOverflow().dropPreviousItems();
        Multi<StatusChange> changes = readAgain
                .onItem().transformToUniAndConcatenate(ignored -> readAfter(commandId, lastSent.get()))
                .onItem().<StatusChange>disjoint()
                .select().where(change -> change.sequence() > lastSent.get())
                .onItem().invoke(change -> lastSent.set(change.sequence()));
        return untilTerminal(changes);
    }

    /** A failed read (the database restarting) does not end the stream: the next notification or re-read tries again. */
    private Uni<List<StatusChange>> readAfter(UUID commandId, long sequence) {
        return reader.after(commandId, sequence).onFailure().recoverWithItem(failure -> {
            LOG.debugf("could not re-read command %s for its event stream (%s); trying again later", commandId,
                    failure.getMessage());
            return List.of();
        });
    }

    /** Passes the changes up to and including the first terminal one, then completes. */
    private static Multi<StatusChange> untilTerminal(Multi<StatusChange> changes) {
        return changes
                .onItem().transformToMultiAndConcatenate(change -> change.status().isTerminal()
                        ? Multi.createFrom().items(change, END)
                        : Multi.createFrom().item(change))
                .select().first(change -> change != END);
    }
}
