package dev.remotecommands.bridge.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Which (account, device) may command each car. Every write is an upsert that an older event cannot override (the
 * {@code changed_at} comparison), so replayed and out-of-order events change nothing; each write says how many rows
 * it changed, so a caller knows whether the car's provisioning must change. All calls run in the caller's transaction.
 */
@ApplicationScoped
public class VehicleGrantRepository {

    /** Stands for "no device named": the enrollment enabled the account as a whole. */
    public static final String ANY_DEVICE = "";
    /** The row that remembers when the whole enrollment of an account for a car was revoked. */
    private static final String WHOLE_ENROLLMENT = "*";

    private static final String UPSERT_NEWER = """
            insert into vehicle_grant (vin, account_id, device_id, enabled, changed_at)
            values (:vin, :account, :device, :enabled, :at)
            on conflict (vin, account_id, device_id) do update
                set enabled = excluded.enabled, changed_at = excluded.changed_at
                where vehicle_grant.changed_at < excluded.changed_at
            """;

    // A completion older than a revocation of the whole enrollment it belongs to does not bring the device back.
    private static final String ENABLE_UNLESS_REVOKED_LATER = """
            insert into vehicle_grant (vin, account_id, device_id, enabled, changed_at)
            select :vin, :account, :device, true, :at
            where not exists (select 1 from vehicle_grant
                              where vin = :vin and account_id = :account and device_id = '*' and changed_at >= :at)
            on conflict (vin, account_id, device_id) do update
                set enabled = true, changed_at = excluded.changed_at
                where vehicle_grant.changed_at < excluded.changed_at
            """;

    private static final String DISABLE_ALL_OLDER = """
            update vehicle_grant set enabled = false, changed_at = :at
            where vin = :vin and account_id = :account and device_id <> '*' and changed_at < :at
            """;

    /** Returns how many rows changed (0: an older or repeated event). */
    public Uni<Integer> enable(String vin, String accountId, String deviceId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ENABLE_UNLESS_REVOKED_LATER)
                .setParameter("vin", vin)
                .setParameter("account", accountId)
                .setParameter("device", deviceKey(deviceId))
                .setParameter("at", at)
                .executeUpdate());
    }

    /** Only this device's grant ends; the account's other devices keep theirs. Returns how many rows changed. */
    public Uni<Integer> disableDevice(String vin, String accountId, String deviceId, Instant at) {
        return upsertNewer(vin, accountId, deviceKey(deviceId), false, at);
    }

    /** The whole enrollment of the account for this car ends, for every device. Returns how many rows changed. */
    public Uni<Integer> disableAll(String vin, String accountId, Instant at) {
        return upsertNewer(vin, accountId, WHOLE_ENROLLMENT, false, at)
                .chain(marked -> Panache.getSession().chain(session -> session.createNativeQuery(DISABLE_ALL_OLDER)
                        .setParameter("vin", vin)
                        .setParameter("account", accountId)
                        .setParameter("at", at)
                        .executeUpdate())
                        .map(disabled -> marked + disabled));
    }

    /** True if at least one (account, device) may command the car. */
    public Uni<Boolean> anyEnabled(String vin) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select count(*) from vehicle_grant where vin = :vin and enabled""", Long.class)
                .setParameter("vin", vin)
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** The ids of the devices that may command the car, sorted, without duplicates. */
    public Uni<List<String>> enabledDevices(String vin) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select distinct device_id from vehicle_grant
                where vin = :vin and enabled and device_id not in ('', '*')
                order by device_id""", String.class)
                .setParameter("vin", vin)
                .getResultList());
    }

    private Uni<Integer> upsertNewer(String vin, String accountId, String deviceKey, boolean enabled, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT_NEWER)
                .setParameter("vin", vin)
                .setParameter("account", accountId)
                .setParameter("device", deviceKey)
                .setParameter("enabled", enabled)
                .setParameter("at", at)
                .executeUpdate());
    }

    private static String deviceKey(String deviceId) {
        return deviceId == null || deviceId.isBlank() ? ANY_DEVICE : deviceId;
    }
}
