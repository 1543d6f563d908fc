package dev.remotecommands.command.repository;

import dev.remotecommands.command.config.CommandsConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Announces a status change to every instance of the service with {@code pg_notify}, inside the transaction
 * that made the change: PostgreSQL delivers it at commit, and never if the transaction rolls back.
 */
@ApplicationScoped
public class StatusNotifier {

    private final String channel;

    public StatusNotifier(CommandsConfig config) {
        this.channel = config.events().notificationChannel();
    }

    public Uni<Void> announce(UUID commandId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from pg_notify(:channel, :id)")
                .setParameter("channel", channel)
                .setParameter("id", commandId.toString())
                .getSingleResult())
                .replaceWithVoid();
    }
}
