package dev.remotecommands.command.repository;

import dev.remotecommands.command.CommandHistoryEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommandHistoryRepository implements PanacheRepository<CommandHistoryEntry> {

    /** The history of these commands, each in the order its statuses were reached. */
    public Uni<List<CommandHistoryEntry>> ofCommands(Collection<UUID> commandIds) {
        if (commandIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("commandId in ?1", Sort.ascending("id"), commandIds);
    }
}
