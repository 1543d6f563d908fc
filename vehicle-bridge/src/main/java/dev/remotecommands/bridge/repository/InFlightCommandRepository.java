package dev.remotecommands.bridge.repository;

import dev.remotecommands.bridge.InFlightCommand;
import dev.remotecommands.bridge.Stage;
import dev.remotecommands.contracts.vehicle.CommandStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * In-flight commands. Every state change is a conditional SQL update (the expected stage is part of the
 * {@code where}), so two bridge instances can never both move the same command; all calls run inside the caller's
 * reactive transaction.
 */
@ApplicationScoped
public class InFlightCommandRepository implements PanacheRepositoryBase<InFlightCommand, UUID> {

    private static final String OPEN_UNSENT = "('WAITING_FOR_VEHICLE', 'WAKING_UP')";

    public Uni<Boolean> isKnown(UUID commandId) {
        return count("commandId", commandId).map(count -> count > 0);
    }

    /** Inserts the command unless its id is already known; true if this call inserted it. */
    public Uni<Boolean> insertIfAbsent(InFlightCommand command) {
        return getSession().chain(session -> session.createNativeQuery("""
                insert into in_flight_command
                    (command_id, vin, account_id, type, expires_at, message, stage, outcome, published_at,
                     received_at, updated_at)
                values (:commandId, :vin, :accountId, :type, :expiresAt, :message, :stage, :outcome, :publishedAt,
                        :receivedAt, :receivedAt)
                on conflict (command_id) do nothing""")
                .setParameter("commandId", command.commandId)
                .setParameter("vin", command.vin)
                .setParameter("accountId", command.accountId)
                .setParameter("type", command.type.name())
                .setParameter("expiresAt", command.expiresAt)
                .setParameter("message", command.message)
                .setParameter("stage", command.stage.name())
                .setParameter("outcome", command.outcome == null ? null : command.outcome.name())
                .setParameter("publishedAt", command.publishedAt)
                .setParameter("receivedAt", command.receivedAt)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Finishes a command the car answered, unless it is unknown, of another car, or already finished. */
    public Uni<Boolean> finishAnswered(UUID commandId, String vin, CommandStatus outcome, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                update in_flight_command set stage = 'FINISHED', outcome = :outcome, updated_at = :now
                where command_id = :commandId and vin = :vin and stage <> 'FINISHED'""")
                .setParameter("outcome", outcome.name())
                .setParameter("now", now)
                .setParameter("commandId", commandId)
                .setParameter("vin", vin)
                .executeUpdate())
                .map(updated -> updated == 1);
    }

    /** Finishes a command if it is still in the stage the caller saw. */
    public Uni<Boolean> finishFromStage(UUID commandId, Stage expected, CommandStatus outcome, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                update in_flight_command set stage = 'FINISHED', outcome = :outcome, updated_at = :now
                where command_id = :commandId and stage = :expected""")
                .setParameter("outcome", outcome.name())
                .setParameter("now", now)
                .setParameter("commandId", commandId)
                .setParameter("expected", expected.name())
                .executeUpdate())
                .map(updated -> updated == 1);
    }

    /** Moves the car's waiting commands that are still valid to SENT (to be published) and returns them. */
    public Uni<List<InFlightCommand>> sendWaiting(String vin, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                update in_flight_command set stage = 'SENT', published_at = null, updated_at = :now
                where vin = :vin and stage in %s and expires_at > :now
                returning *""".formatted(OPEN_UNSENT), InFlightCommand.class)
                .setParameter("now", now)
                .setParameter("vin", vin)
                .getResultList());
    }

    /** Moves the car's offline-waiting commands that are still valid to WAKING_UP and returns them. */
    public Uni<List<InFlightCommand>> startWakingUp(String vin, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                update in_flight_command set stage = 'WAKING_UP', updated_at = :now
                where vin = :vin and stage = 'WAITING_FOR_VEHICLE' and expires_at > :now
                returning *""", InFlightCommand.class)
                .setParameter("now", now)
                .setParameter("vin", vin)
                .getResultList());
    }

    /** Ends the car's offline-waiting commands with this outcome and returns them. */
    public Uni<List<InFlightCommand>> finishWaiting(String vin, CommandStatus outcome, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                update in_flight_command set stage = 'FINISHED', outcome = :outcome, updated_at = :now
                where vin = :vin and stage = 'WAITING_FOR_VEHICLE' and expires_at > :now
                returning *""", InFlightCommand.class)
                .setParameter("outcome", outcome.name())
                .setParameter("now", now)
                .setParameter("vin", vin)
                .getResultList());
    }

    /** True if commands wait for this car to come back online. */
    public Uni<Boolean> hasWaiting(String vin, Instant now) {
        return count("vin = ?1 and stage = ?2 and expiresAt > ?3", vin, Stage.WAITING_FOR_VEHICLE, now)
                .map(count -> count > 0);
    }

    /** True if a wake-up for this car is already under way, so a new command can join it. */
    public Uni<Boolean> isWakingUp(String vin, Instant now) {
        return count("vin = ?1 and stage = ?2 and expiresAt > ?3", vin, Stage.WAKING_UP, now)
                .map(count -> count > 0);
    }

    /**
     * Locks (skipping rows another instance holds) a batch of open commands that may be overdue: unsent ones
     * expiring at or before {@code now}, sent ones expiring at or before {@code sentCutoff}.
     */
    public Uni<List<InFlightCommand>> lockOverdue(Instant now, Instant sentCutoff, int limit) {
        return getSession().chain(session -> session.createNativeQuery("""
                select * from in_flight_command
                where (stage in %s and expires_at <= :now) or (stage = 'SENT' and expires_at <= :sentCutoff)
                order by expires_at
                limit :limit
                for update skip locked""".formatted(OPEN_UNSENT), InFlightCommand.class)
                .setParameter("now", now)
                .setParameter("sentCutoff", sentCutoff)
                .setParameter("limit", limit)
                .getResultList());
    }

    /**
     * Sent, still valid commands to publish again: those whose publication has not been confirmed since
     * {@code unconfirmedBefore}, and those published at or before {@code unansweredBefore} that the car has not
     * answered yet.
     */
    public Uni<List<InFlightCommand>> toPublishAgain(Instant unconfirmedBefore, Instant unansweredBefore, Instant now,
            int limit) {
        return getSession().chain(session -> session.createNativeQuery("""
                select * from in_flight_command
                where stage = 'SENT' and expires_at > :now
                  and ((published_at is null and updated_at <= :unconfirmedBefore)
                       or published_at <= :unansweredBefore)
                order by updated_at
                limit :limit""", InFlightCommand.class)
                .setParameter("unconfirmedBefore", unconfirmedBefore)
                .setParameter("unansweredBefore", unansweredBefore)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** Every sent command still valid at {@code now}: after a restart these are published again. */
    public Uni<List<InFlightCommand>> sentAndValid(Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                select * from in_flight_command
                where stage = 'SENT' and expires_at > :now
                order by received_at""", InFlightCommand.class)
                .setParameter("now", now)
                .getResultList());
    }

    /** Records that these sent commands reached the broker. */
    public Uni<Integer> markPublished(Collection<UUID> commandIds, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                update in_flight_command set published_at = :now
                where command_id in (:ids) and stage = 'SENT'""")
                .setParameter("now", now)
                .setParameter("ids", commandIds)
                .executeUpdate());
    }

    /** Deletes finished commands last changed before {@code before}; their ids need not be remembered longer. */
    public Uni<Integer> purgeFinished(Instant before, int limit) {
        return getSession().chain(session -> session.createNativeQuery("""
                delete from in_flight_command where command_id in (
                    select command_id from in_flight_command
                    where stage = 'FINISHED' and updated_at < :before
                    limit :limit)""")
                .setParameter("before", before)
                .setParameter("limit", limit)
                .executeUpdate());
    }
}
