package dev.remotecommands.command.repository;

import dev.remotecommands.command.Command;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.CommandType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommandRepository implements PanacheRepositoryBase<Command, UUID> {

    private static final List<CommandStatus> PENDING = Arrays.stream(CommandStatus.values())
            .filter(status -> !status.isTerminal()).toList();

    public Uni<Command> findByIdempotencyKey(String accountId, UUID idempotencyKey) {
        return find("accountId = ?1 and idempotencyKey = ?2", accountId, idempotencyKey).firstResult();
    }

    public Uni<Command> findOfAccount(UUID id, String accountId) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResult();
    }

    /** The command, locked until the end of the transaction so that concurrent updates apply one after the other. */
    public Uni<Command> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Command>> latestOfAccount(String accountId, String vin, int limit) {
        return find("accountId = ?1 and vin = ?2", Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                accountId, vin).page(0, limit).list();
    }

    public Uni<Boolean> hasPending(String vin, CommandType type) {
        return count("vin = ?1 and type = ?2 and status in ?3", vin, type, PENDING).map(count -> count > 0);
    }

    /** When the commands of this car and type accepted after {@code since} were accepted, oldest first. */
    public Uni<List<Instant>> acceptedSince(String vin, CommandType type, Instant since) {
        return getSession().chain(session -> session
                .createSelectionQuery("select c.createdAt from Command c"
                        + " where c.vin = ?1 and c.type = ?2 and c.createdAt > ?3 order by c.createdAt", Instant.class)
                .setParameter(1, vin)
                .setParameter(2, type)
                .setParameter(3, since)
                .getResultList());
    }

    /**
     * Serialises, until the end of the transaction, the requests that create commands for one car, so that the
     * in-flight and rate-limit checks that follow see each other's commands.
     */
    public Uni<Void> lockVehicle(String vin) {
        return getSession().chain(session -> session
                .createNativeQuery("select count(*) from pg_advisory_xact_lock(hashtextextended(:vin, 0))")
                .setParameter("vin", vin)
                .getSingleResult())
                .replaceWithVoid();
    }
}
