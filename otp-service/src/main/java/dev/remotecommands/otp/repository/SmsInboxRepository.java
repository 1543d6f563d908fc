package dev.remotecommands.otp.repository;

import dev.remotecommands.otp.SmsInboxMessage;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class SmsInboxRepository implements PanacheRepository<SmsInboxMessage> {

    /** The messages sent to this number, newest first. */
    public Uni<List<SmsInboxMessage>> newestFor(String phone, int limit) {
        return find("toPhone", Sort.descending("sentAt").and("id", Sort.Direction.Descending), phone)
                .page(0, limit).list();
    }
}
