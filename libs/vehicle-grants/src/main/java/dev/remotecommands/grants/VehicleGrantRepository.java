package dev.remotecommands.grants;

import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Which (account, device) may command each car, projected from {@code EnrollmentCompleted} and
 * {@code EnrollmentRevoked} into the table {@code vehicle_grant} (migration {@code db/vehicle-grants}). Every write
 * is an upsert that an older event cannot override (the {@code changed_at} comparison), so replayed and out-of-order
 * events change nothing; each write says how many rows it changed. All calls run in the caller's Panache session
 * (writes: in its transaction).
 */
@ApplicationScoped
public class VehicleGrantRepository {

    /** Stands for "no device named": the enrollment enabled the account as a whole. */
    private static final String ANY_DEVICE = "";
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

    /** Enables the named device (or the account as a whole). Returns how many rows changed (0: older or repeated). */
    public Uni<Integer> record(EnrollmentCompleted completed) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ENABLE_UNLESS_REVOKED_LATER)
                .setParameter("vin", completed.vin())
                .setParameter("account", completed.accountId())
                .setParameter("device", deviceKey(completed.deviceId()))
                .setParameter("at", completed.at())
                .executeUpdate());
    }

    /**
     * With a device id only that device's grant ends, the account's other devices keep theirs; without one the
     * account's whole enrollment for the car ends, for every device. Returns how many rows changed.
     */
    public Uni<Integer> record(EnrollmentRevoked revoked) {
        return namesNoDevice(revoked.deviceId())
                ? disableAll(revoked.vin(), revoked.accountId(), revoked.at())
                : upsertNewer(revoked.vin(), revoked.accountId(), revoked.deviceId(), false, revoked.at());
    }

    /** True if at least one (account, device) may command the car. */
    public Uni<Boolean> anyEnabled(String vin) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select count(*) from vehicle_grant where vin = :vin and enabled""", Long.class)
                .setParameter("vin", vin)
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** True if some device of the account (or the account as a whole) may command the car. */
    public Uni<Boolean> accountEnabled(String vin, String accountId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select count(*) from vehicle_grant where vin = :vin and account_id = :account and enabled""",
                        Long.class)
                .setParameter("vin", vin)
                .setParameter("account", accountId)
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** True if an enrollment or a revocation of the account for the car was ever heard of. */
    public Uni<Boolean> anyChangeOf(String vin, String accountId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select count(*) from vehicle_grant where vin = :vin and account_id = :account""", Long.class)
                .setParameter("vin", vin)
                .setParameter("account", accountId)
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** True if this very device of the account may command the car; a missing device id never may. */
    public Uni<Boolean> deviceEnabled(String vin, String accountId, String deviceId) {
        if (namesNoDevice(deviceId) || WHOLE_ENROLLMENT.equals(deviceId)) {
            return Uni.createFrom().item(false); // the placeholder rows name no device
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select count(*) from vehicle_grant
                where vin = :vin and account_id = :account and device_id = :device and enabled""", Long.class)
                .setParameter("vin", vin)
                .setParameter("account", accountId)
                .setParameter("device", deviceId)
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

    private Uni<Integer> disableAll(String vin, String accountId, Instant at) {
        return upsertNewer(vin, accountId, WHOLE_ENROLLMENT, false, at)
                .chain(marked -> Panache.getSession().chain(session -> session.createNativeQuery(DISABLE_ALL_OLDER)
                        .setParameter("vin", vin)
                        .setParameter("account", accountId)
                        .setParameter("at", at)
                        .executeUpdate())
                        .map(disabled -> marked + disabled));
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

    private static boolean namesNoDevice(String deviceId) {
        return deviceId == null || deviceId.isBlank();
    }

    private static String deviceKey(String deviceId) {
        return namesNoDevice(deviceId) ? ANY_DEVICE : deviceId;
    }
}
