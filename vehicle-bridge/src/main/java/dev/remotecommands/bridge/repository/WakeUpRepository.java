package dev.remotecommands.bridge.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Wake-ups sent per car and calendar month. */
@ApplicationScoped
public class WakeUpRepository {

    /**
     * Counts one more wake-up for the car in this month if fewer than {@code limit} were counted; true if it was
     * counted. One statement, so concurrent callers cannot both take the last one.
     */
    public Uni<Boolean> tryCount(String vin, String month, int limit) {
        if (limit <= 0) {
            return Uni.createFrom().item(false);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into wake_up_count (vin, month, wake_ups) values (:vin, :month, 1)
                on conflict (vin, month) do update set wake_ups = wake_up_count.wake_ups + 1
                    where wake_up_count.wake_ups < :limit""")
                .setParameter("vin", vin)
                .setParameter("month", month)
                .setParameter("limit", limit)
                .executeUpdate())
                .map(counted -> counted == 1);
    }

    /** Forgets the counts of months before {@code month}. */
    public Uni<Integer> purgeBefore(String month) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from wake_up_count where month < :month")
                .setParameter("month", month)
                .executeUpdate());
    }
}
