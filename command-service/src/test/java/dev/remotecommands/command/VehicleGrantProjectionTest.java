package dev.remotecommands.command;

import static dev.remotecommands.command.testing.Fixture.newVin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.events.EnrollmentCompleted;
import dev.remotecommands.contracts.events.EnrollmentRevoked;
import dev.remotecommands.grants.VehicleGrantRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rules of the vehicle_grant projection (libs/vehicle-grants), which command-service and vehicle-bridge share,
 * on the real table: events are applied in whatever order they are read, and the result is the one their times say.
 */
@QuarkusTest
class VehicleGrantProjectionTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final Instant T3 = T2.plusSeconds(60);
    private static final Instant T4 = T3.plusSeconds(60);

    @Inject
    VehicleGrantRepository grants;

    private String vin;
    private String account;

    @BeforeEach
    void aCarAndAnAccountOfItsOwn() {
        vin = newVin();
        account = UUID.randomUUID().toString();
    }

    @Test
    void theNewerEventWinsWhicheverIsReadFirst() {
        assertThat(completed("phone-1", T2)).isEqualTo(1);
        assertThat(revokedDevice("phone-1", T1)).as("an older revocation read late").isZero();
        assertThat(deviceEnabled("phone-1")).isTrue();

        assertThat(revokedDevice("phone-1", T3)).isEqualTo(1);
        assertThat(completed("phone-1", T2)).as("an older completion read late").isZero();
        assertThat(deviceEnabled("phone-1")).isFalse();

        assertThat(completed("phone-1", T4)).isEqualTo(1);
        assertThat(deviceEnabled("phone-1")).isTrue();
    }

    @Test
    void revokingTheWholeEnrollmentEndsEveryDeviceOfTheAccountAndOlderCompletionsCannotBringOneBack() {
        String otherAccount = UUID.randomUUID().toString();
        completed("phone-1", T1);
        completed("phone-2", T2);
        write(() -> grants.record(new EnrollmentCompleted(otherAccount, vin, "phone-9", T1)));

        assertThat(revokedAll(T3)).as("the '*' row and the account's two devices").isEqualTo(3);
        assertThat(accountEnabled()).isFalse();
        assertThat(enabledDevices()).as("another account's device keeps its grant").containsExactly("phone-9");

        assertThat(completed("phone-2", T2)).as("a completion older than the revocation, read late").isZero();
        assertThat(completed("phone-3", T2)).as("even for a device never seen before").isZero();
        assertThat(enabledDevices()).containsExactly("phone-9");

        assertThat(completed("phone-1", T4)).isEqualTo(1);
        assertThat(enabledDevices()).containsExactly("phone-1", "phone-9");
    }

    @Test
    void aRevocationReadBeforeTheCompletionItFollowsLeavesTheCarDisabled() {
        assertThat(revokedAll(T2)).isEqualTo(1);
        assertThat(completed("phone-1", T1)).isZero();

        assertThat(accountEnabled()).isFalse();
        assertThat(read(() -> grants.anyEnabled(vin))).isFalse();
    }

    @Test
    void replayingTheEventsChangesNothing() {
        List<Supplier<Integer>> events = List.of(
                () -> completed("phone-1", T1),
                () -> completed("phone-2", T2),
                () -> revokedDevice("phone-1", T3),
                () -> revokedAll(T3),
                () -> completed(null, T4));
        events.forEach(Supplier::get);
        List<String> devicesBefore = enabledDevices();

        assertThat(events).allSatisfy(event -> assertThat(event.get()).as("rows changed by a replay").isZero());
        assertThat(enabledDevices()).isEqualTo(devicesBefore).isEmpty();
        assertThat(accountEnabled()).as("the completion without a device").isTrue();
    }

    @Test
    void aCompletionWithoutADeviceEnablesTheAccountButNoDeviceOfIt() {
        completed(null, T1);

        assertThat(accountEnabled()).isTrue();
        assertThat(read(() -> grants.anyEnabled(vin))).isTrue();
        assertThat(enabledDevices()).isEmpty();
        assertThat(read(() -> grants.deviceEnabled(vin, account, ""))).isFalse();
        assertThat(read(() -> grants.deviceEnabled(vin, account, "*"))).isFalse();
    }

    private int completed(String deviceId, Instant at) {
        return write(() -> grants.record(new EnrollmentCompleted(account, vin, deviceId, at)));
    }

    private int revokedDevice(String deviceId, Instant at) {
        return write(() -> grants.record(new EnrollmentRevoked(account, vin, deviceId, "test", at)));
    }

    private int revokedAll(Instant at) {
        return write(() -> grants.record(new EnrollmentRevoked(account, vin, null, "test", at)));
    }

    private boolean deviceEnabled(String deviceId) {
        return read(() -> grants.deviceEnabled(vin, account, deviceId));
    }

    private boolean accountEnabled() {
        return read(() -> grants.accountEnabled(vin, account));
    }

    private List<String> enabledDevices() {
        return read(() -> grants.enabledDevices(vin));
    }

    private int write(Supplier<Uni<Integer>> change) {
        return await(() -> Panache.withTransaction(change));
    }

    private <T> T read(Supplier<Uni<T>> query) {
        return await(() -> Panache.withSession(query));
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable failure) {
            throw new AssertionError(failure);
        }
    }
}
