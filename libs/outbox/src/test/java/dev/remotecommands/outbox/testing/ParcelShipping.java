package dev.remotecommands.outbox.testing;

import dev.remotecommands.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Uses the outbox the way a service does: state change and event in one transaction. */
@ApplicationScoped
public class ParcelShipping {

    private final Outbox outbox;

    public ParcelShipping(Outbox outbox) {
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<ParcelShipped> ship(String topic, String key, int sequence) {
        return shipOne(topic, key, sequence);
    }

    /** Several events for one key in one transaction. */
    @WithTransaction
    public Uni<Void> shipSeveral(String topic, String key, int firstSequence, int count) {
        Uni<?> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < count; i++) {
            int sequence = firstSequence + i;
            chain = chain.chain(() -> shipOne(topic, key, sequence));
        }
        return chain.replaceWithVoid();
    }

    /** Changes state and enqueues, then fails: the transaction rolls back. */
    @WithTransaction
    public Uni<Void> shipThenFail(String topic, String key) {
        return shipOne(topic, key, -1)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("business rule broken")));
    }

    @WithSession
    public Uni<ParcelShipped> shipWithoutTransaction(String topic, String key) {
        return shipOne(topic, key, 0);
    }

    @WithSession
    public Uni<Long> countParcelsLabelled(String label) {
        return Parcel.count("label", label);
    }

    private Uni<ParcelShipped> shipOne(String topic, String key, int sequence) {
        Parcel parcel = Parcel.labelled(key);
        ParcelShipped event = new ParcelShipped(parcel.id, sequence, Instant.now());
        return parcel.persist()
                .chain(() -> outbox.enqueue(topic, key, event))
                .replaceWith(event);
    }
}
