package dev.remotecommands.command.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Which (account, vehicle, device) may use remote commands. Every write is an upsert that an older event
 * cannot override (the {@code changed_at} comparison), so replayed and out-of-order events are harmless.
 */
@ApplicationScoped
public class VehicleGrantRepository {

    /** Stands for "no device named": the enrollment enabled the account as a whole. */
    public static final String ANY_DEVICE = "";
    /** The row that remembers when the whole enrollment of an account for a car was revoked. */
    private static final String WHOLE_ENROLLMENT = "*";

    private static final String UPSERT_NEWER = """
            insert into vehicle_grant (account_id, vin, device_id, enabled, changed_at)
            values (:account, :vin, :device, :enabled, :at)
            on conflict (account_id, vin, device_id) do update
                set enabled = excluded.enabled, changed_at = excluded.changed_at
                where vehicle_grant.changed_at < excluded.changed_at
            """;

    private static final String ENABLE_UNLESS_REVOKED_LATER = """
            insert into vehicle_grant (account_id, vin, device_id, enabled, changed_at)
            select :account, :vin, :device, true, :at
            where not exists (select 1 from vehicle_grant
                              where account_id = :account and vin = :vin and device_id = '*' and changed_at >= :at)
            on conflict (account_id, vin, device_id) do update
                set enabled = true, changed_at = excluded.changed_at
                where vehicle_grant.changed_at < excluded.changed_at
            """;

    private static final String DISABLE_ALL_OLDER = """
            update vehicle_grant set enabled = false, changed_at = :at
            where account_id = :account and vin = :vin and device_id <> '*' and changed_at < :at
            """;

    private static final String IS_ENABLED = """
            select count(*) from vehicle_grant where account_id = :account and vin = :vin and enabled
            """;

    private static final String IS_DEVICE_ENABLED = """
            select count(*) from vehicle_grant
            where account_id = :account and vin = :vin and device_id = :device and enabled
            """;

    public Uni<Void> enable(String accountId, String vin, String deviceId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ENABLE_UNLESS_REVOKED_LATER)
                .setParameter("account", accountId)
                .setParameter("vin", vin)
                .setParameter("device", deviceKey(deviceId))
                .setParameter("at", at)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Only this device's grant ends; the account's other devices keep theirs. */
    public Uni<Void> disableDevice(String accountId, String vin, String deviceId, Instant at) {
        return upsertNewer(accountId, vin, deviceKey(deviceId), false, at);
    }

    /** The whole enrollment of the account for this car ends, for every device. */
    public Uni<Void> disableAll(String accountId, String vin, Instant at) {
        return upsertNewer(accountId, vin, WHOLE_ENROLLMENT, false, at)
                .chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(DISABLE_ALL_OLDER)
                        .setParameter("account", accountId)
                        .setParameter("vin", vin)
                        .setParameter("at", at)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * Whether the account may read this car and is told it exists: some device of the account is enabled for it.
     * Commands also need {@link #isDeviceEnabled} for the device of the remote session.
     */
    public Uni<Boolean> isEnabled(String accountId, String vin) {
        return Panache.getSession().chain(session -> session.createNativeQuery(IS_ENABLED, Long.class)
                .setParameter("account", accountId)
                .setParameter("vin", vin)
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** Whether this very device of the account is enabled for the car (the device of a remote session). */
    public Uni<Boolean> isDeviceEnabled(String accountId, String vin, String deviceId) {
        if (deviceId == null || deviceId.isBlank() || WHOLE_ENROLLMENT.equals(deviceId)) {
            return Uni.createFrom().item(false); // the placeholder rows name no device
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(IS_DEVICE_ENABLED, Long.class)
                .setParameter("account", accountId)
                .setParameter("vin", vin)
                .setParameter("device", deviceId)
                .getSingleResult())
                .map(count -> count > 0);
    }

    private Uni<Void> upsertNewer(String accountId, String vin, String deviceKey, boolean enabled, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT_NEWER)
                .setParameter("account", accountId)
                .setParameter("vin", vin)
                .setParameter("device", deviceKey)
                .setParameter("enabled", enabled)
                .setParameter("at", at)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static String deviceKey(String deviceId) {
        return deviceId == null || deviceId.isBlank() ? ANY_DEVICE : deviceId;
    }
}
