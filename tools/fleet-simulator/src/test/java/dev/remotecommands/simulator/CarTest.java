package dev.remotecommands.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.CommandSignature;
import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.mqtt.CommandMessage;
import dev.remotecommands.contracts.mqtt.PairingMessage;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CarState;
import dev.remotecommands.contracts.vehicle.CommandType;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.Presence;
import dev.remotecommands.contracts.vehicle.PrivacyMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

class CarTest {

    private static final String VIN = "VF7DEMCAR00000001";
    private static final KeyPair PLATFORM = CommandSignature.generateKeyPair();
    private static final KeyPair FORGER = CommandSignature.generateKeyPair();
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration LIGHTS = Duration.ofSeconds(5);
    private static final Duration HORN = Duration.ofSeconds(2);

    private Instant now = T0;
    private Car car = newCar(rules(Optional.of(PLATFORM.getPublic()), false, 1000));

    @Test
    void a_new_car_is_parked_locked_awake_and_shares_data() {
        assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
        assertThat(car.ignition()).isEqualTo(IgnitionState.OFF);
        assertThat(car.privacyMode()).isEqualTo(PrivacyMode.SHARING);
        assertThat(car.presence()).isEqualTo(Presence.ONLINE);
        assertThat(car.lightsOn(now)).isFalse();
        assertThat(car.hornOn(now)).isFalse();
        assertThat(car.provisioned()).isFalse();
        assertThat(car.executedCount()).isZero();
    }

    @Nested
    class Executing {

        @Test
        void a_signed_unlock_unlocks_and_reports_the_new_state() {
            CommandMessage unlock = signed(CommandType.UNLOCK);

            CommandAnswer answer = car.receive(unlock, now, false);

            assertThat(answer.ack()).isEqualTo(new AckMessage(unlock.commandId(), CarOutcome.SUCCEEDED, null,
                    new CarState(DoorState.UNLOCKED, IgnitionState.OFF, PrivacyMode.SHARING), now));
            assertThat(answer.stateChanged()).isTrue();
            assertThat(answer.replay()).isFalse();
            assertThat(car.doors()).isEqualTo(DoorState.UNLOCKED);
            assertThat(car.executedCount()).isEqualTo(1);
            assertThat(car.recentExecutions(10)).containsExactly(new ExecutedCommand(unlock.commandId(),
                    CommandType.UNLOCK, CarOutcome.SUCCEEDED, now, unlock.expiresAt()));
        }

        @Test
        void lock_on_a_locked_car_is_already_done_and_changes_nothing() {
            CommandAnswer answer = car.receive(signed(CommandType.LOCK), now, false);

            assertThat(answer.ack().outcome()).isEqualTo(CarOutcome.ALREADY_DONE);
            assertThat(answer.ack().reason()).isNull();
            assertThat(answer.stateChanged()).isFalse();
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
        }

        @Test
        void unlock_on_an_unlocked_car_is_already_done() {
            car.receive(signed(CommandType.UNLOCK), now, false);

            assertThat(car.receive(signed(CommandType.UNLOCK), now, false).ack().outcome())
                    .isEqualTo(CarOutcome.ALREADY_DONE);
        }

        @Test
        void lights_flash_for_a_while_then_go_off() {
            assertThat(car.receive(signed(CommandType.LIGHTS), now, false).ack().outcome())
                    .isEqualTo(CarOutcome.SUCCEEDED);

            assertThat(car.lightsOn(now)).isTrue();
            assertThat(car.lightsOn(now.plus(LIGHTS).minusMillis(1))).isTrue();
            assertThat(car.lightsOn(now.plus(LIGHTS))).isFalse();
            assertThat(car.hornOn(now)).isFalse();
        }

        @Test
        void the_horn_sounds_briefly() {
            assertThat(car.receive(signed(CommandType.HORN), now, false).ack().outcome())
                    .isEqualTo(CarOutcome.SUCCEEDED);

            assertThat(car.hornOn(now)).isTrue();
            assertThat(car.hornOn(now.plus(HORN))).isFalse();
            assertThat(car.lightsOn(now)).isFalse();
        }

        @Test
        void refresh_state_succeeds_and_asks_for_the_state_to_be_published() {
            CommandAnswer answer = car.receive(signed(CommandType.REFRESH_STATE), now, false);

            assertThat(answer.ack().outcome()).isEqualTo(CarOutcome.SUCCEEDED);
            assertThat(answer.stateChanged()).isTrue();
        }

        @Test
        void an_injected_failure_fails_with_vehicle_error_and_leaves_the_doors_alone() {
            CommandMessage unlock = signed(CommandType.UNLOCK);

            CommandAnswer answer = car.receive(unlock, now, true);

            assertThat(answer.ack().outcome()).isEqualTo(CarOutcome.FAILED);
            assertThat(answer.ack().reason()).isEqualTo("VEHICLE_ERROR");
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
            assertThat(car.recentExecutions(1)).extracting(ExecutedCommand::outcome)
                    .containsExactly(CarOutcome.FAILED);
        }
    }

    @Nested
    class Replays {

        @Test
        void a_command_id_already_run_is_not_run_again_and_gets_the_first_answer() {
            CommandMessage unlock = signed(CommandType.UNLOCK);
            AckMessage first = car.receive(unlock, now, false).ack();
            car.receive(signed(CommandType.LOCK), later(1), false);

            CommandAnswer replay = car.receive(unlock, later(2), false);

            assertThat(replay.replay()).isTrue();
            assertThat(replay.ack()).isEqualTo(first);
            assertThat(replay.stateChanged()).isFalse();
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
            assertThat(car.executedCount()).isEqualTo(2);
        }

        @Test
        void a_refused_command_redelivered_later_is_refused_the_same_way() {
            car.setPrivacyMode(PrivacyMode.PRIVATE);
            CommandMessage unlock = signed(CommandType.UNLOCK);
            AckMessage refused = car.receive(unlock, now, false).ack();
            car.setPrivacyMode(PrivacyMode.SHARING);

            assertThat(car.receive(unlock, later(1), false).ack()).isEqualTo(refused);
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
        }

        @Test
        void a_forged_command_does_not_block_the_genuine_one_with_the_same_id() {
            CommandMessage genuine = signed(CommandType.UNLOCK);
            CommandMessage forged = withSignature(genuine, sign(FORGER, genuine));

            assertThat(car.receive(forged, now, false).ack().reason()).isEqualTo("BAD_SIGNATURE");
            assertThat(car.receive(genuine, now, false).ack().outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        }

        @Test
        void memory_is_bounded_and_the_count_goes_on() {
            car = newCar(rules(Optional.of(PLATFORM.getPublic()), false, 2, 2));
            CommandMessage first = signed(CommandType.LIGHTS);
            car.receive(first, now, false);
            car.receive(signed(CommandType.HORN), now, false);
            car.receive(signed(CommandType.REFRESH_STATE), now, false);

            assertThat(car.executedCount()).isEqualTo(3);
            assertThat(car.recentExecutions(10)).extracting(ExecutedCommand::type)
                    .containsExactly(CommandType.REFRESH_STATE, CommandType.HORN);
            assertThat(car.receive(first, later(1), false).replay()).isFalse();
        }
    }

    @Nested
    class ExecutionLogs {

        @Test
        void the_log_holds_each_execution_once_oldest_first_and_neither_refusals_nor_replays() {
            CommandMessage unlock = signed(CommandType.UNLOCK);
            CommandMessage lock = signed(CommandType.LOCK);
            CommandMessage forged = signed(CommandType.HORN);
            car.receive(unlock, now, false);
            car.receive(lock, later(1), false);
            car.receive(unlock, later(2), false);
            car.receive(withSignature(forged, sign(FORGER, forged)), later(3), false);
            car.setPrivacyMode(PrivacyMode.PRIVATE);
            car.receive(signed(CommandType.LIGHTS), later(4), false);

            ExecutionLog log = car.executionLog();

            assertThat(log.vin()).isEqualTo(VIN);
            assertThat(log.count()).isEqualTo(2);
            assertThat(log.executions()).containsExactly(
                    new ExecutedCommand(unlock.commandId(), CommandType.UNLOCK, CarOutcome.SUCCEEDED, now,
                            unlock.expiresAt()),
                    new ExecutedCommand(lock.commandId(), CommandType.LOCK, CarOutcome.SUCCEEDED, later(1),
                            lock.expiresAt()));
        }

        @Test
        void a_command_id_the_car_forgot_and_ran_again_shows_twice_in_the_log() {
            car = newCar(rules(Optional.of(PLATFORM.getPublic()), false, 1));
            CommandMessage lights = signed(CommandType.LIGHTS);
            car.receive(lights, now, false);
            car.receive(signed(CommandType.HORN), later(1), false);

            car.receive(lights, later(2), false);

            assertThat(car.executionLog().executions()).extracting(ExecutedCommand::commandId)
                    .filteredOn(lights.commandId()::equals).hasSize(2);
        }

        @Test
        void the_log_is_bounded_drops_the_oldest_and_keeps_counting() {
            car = newCar(rules(Optional.of(PLATFORM.getPublic()), false, 1000, 2));
            car.receive(signed(CommandType.LIGHTS), now, false);
            car.receive(signed(CommandType.HORN), later(1), false);
            car.receive(signed(CommandType.REFRESH_STATE), later(2), false);

            ExecutionLog log = car.executionLog();

            assertThat(log.count()).isEqualTo(3);
            assertThat(log.executions()).extracting(ExecutedCommand::type)
                    .containsExactly(CommandType.HORN, CommandType.REFRESH_STATE);
        }
    }

    @Nested
    class Refusals {

        @Test
        void a_command_signed_with_another_key_is_refused_and_not_run() {
            CommandMessage unlock = signed(CommandType.UNLOCK);

            AckMessage ack = car.receive(withSignature(unlock, sign(FORGER, unlock)), now, false).ack();

            assertThat(ack.outcome()).isEqualTo(CarOutcome.REJECTED);
            assertThat(ack.reason()).isEqualTo("BAD_SIGNATURE");
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
            assertThat(car.executedCount()).isZero();
        }

        @Test
        void a_command_whose_type_was_changed_after_signing_is_refused() {
            CommandMessage lock = signed(CommandType.LOCK);
            CommandMessage tampered = new CommandMessage(lock.commandId(), VIN, CommandType.UNLOCK, lock.issuedAt(),
                    lock.expiresAt(), lock.signature());

            assertThat(car.receive(tampered, now, false).ack().reason()).isEqualTo("BAD_SIGNATURE");
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
        }

        @Test
        void a_command_signed_for_another_car_is_refused() {
            UUID id = UUID.randomUUID();
            Instant expires = now.plusSeconds(60);
            String signature = CommandSignature.sign(PLATFORM.getPrivate(), id, "VF7DEMCAR00000002",
                    CommandType.UNLOCK, now, expires);
            CommandMessage misrouted = new CommandMessage(id, "VF7DEMCAR00000002", CommandType.UNLOCK, now, expires,
                    signature);

            assertThat(car.receive(misrouted, now, false).ack().reason()).isEqualTo("BAD_SIGNATURE");
        }

        @Test
        void a_malformed_command_is_refused_as_unauthentic() {
            CommandMessage malformed = new CommandMessage(UUID.randomUUID(), null, null, null, null, null);

            AckMessage ack = car.receive(malformed, now, false).ack();

            assertThat(ack.outcome()).isEqualTo(CarOutcome.REJECTED);
            assertThat(ack.reason()).isEqualTo("BAD_SIGNATURE");
        }

        @Test
        void an_expired_command_is_refused() {
            CommandMessage unlock = signed(CommandType.UNLOCK, now.minusSeconds(60), now);

            AckMessage ack = car.receive(unlock, now, false).ack();

            assertThat(ack.outcome()).isEqualTo(CarOutcome.REJECTED);
            assertThat(ack.reason()).isEqualTo("COMMAND_EXPIRED");
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
            assertThat(car.executedCount()).isZero();
        }

        @Test
        void privacy_mode_private_refuses_commands() {
            car.setPrivacyMode(PrivacyMode.PRIVATE);

            AckMessage ack = car.receive(signed(CommandType.UNLOCK), now, false).ack();

            assertThat(ack.outcome()).isEqualTo(CarOutcome.REJECTED);
            assertThat(ack.reason()).isEqualTo("PRIVACY_MODE");
            assertThat(ack.state().privacyMode()).isEqualTo(PrivacyMode.PRIVATE);
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
        }

        @Test
        void a_car_without_any_key_refuses_as_not_provisioned() {
            car = newCar(rules(Optional.empty(), false, 10));

            assertThat(car.receive(signed(CommandType.UNLOCK), now, false).ack().reason())
                    .isEqualTo("NOT_PROVISIONED");
        }

        @Test
        void when_provisioning_is_required_commands_run_only_while_remote_control_is_on() {
            car = newCar(rules(Optional.of(PLATFORM.getPublic()), true, 10));

            assertThat(car.receive(signed(CommandType.UNLOCK), now, false).ack().reason())
                    .as("before provisioning").isEqualTo("NOT_PROVISIONED");

            car.provision(new Provisioning(true, List.of("phone-1"), Optional.of(PLATFORM.getPublic())));
            assertThat(car.provisioned()).isTrue();
            assertThat(car.authorisedDevices()).containsExactly("phone-1");
            assertThat(car.receive(signed(CommandType.UNLOCK), now, false).ack().outcome())
                    .isEqualTo(CarOutcome.SUCCEEDED);

            car.provision(new Provisioning(false, List.of(), Optional.of(PLATFORM.getPublic())));
            assertThat(car.provisioned()).isFalse();
            assertThat(car.authorisedDevices()).isEmpty();
            CommandAnswer refused = car.receive(signed(CommandType.LOCK), now, false);
            assertThat(refused.ack().outcome()).isEqualTo(CarOutcome.REJECTED);
            assertThat(refused.ack().reason()).as("remote control switched off").isEqualTo("NOT_PROVISIONED");
            assertThat(car.doors()).isEqualTo(DoorState.UNLOCKED);
        }

        @Test
        void when_provisioning_is_required_the_configured_key_is_no_fallback() {
            car = newCar(rules(Optional.of(PLATFORM.getPublic()), true, 10));
            car.provision(new Provisioning(true, List.of("phone-1"), Optional.empty()));

            assertThat(car.receive(signed(CommandType.UNLOCK), now, false).ack().reason())
                    .isEqualTo("NOT_PROVISIONED");
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);
        }
    }

    @Nested
    class Provisioned {

        @Test
        void the_provisioned_key_takes_precedence_over_the_configured_one() {
            KeyPair rotated = CommandSignature.generateKeyPair();
            car.provision(new Provisioning(true, List.of(), Optional.of(rotated.getPublic())));

            assertThat(car.receive(signed(CommandType.UNLOCK), now, false).ack().reason())
                    .isEqualTo("BAD_SIGNATURE");
            assertThat(car.receive(signed(rotated, CommandType.UNLOCK, now, now.plusSeconds(60)), now, false)
                    .ack().outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        }

        @Test
        void without_a_provisioned_key_the_configured_one_applies() {
            car.provision(new Provisioning(true, List.of(), Optional.empty()));

            assertThat(car.receive(signed(CommandType.UNLOCK), now, false).ack().outcome())
                    .isEqualTo(CarOutcome.SUCCEEDED);
        }
    }

    @Nested
    class Sleep {

        private final Duration sleepAfter = Duration.ofMinutes(15);

        @Test
        void an_idle_car_with_the_engine_off_falls_asleep_after_the_idle_time() {
            assertThat(car.idleFor(sleepAfter, now.plus(sleepAfter).minusMillis(1))).isFalse();
            assertThat(car.idleFor(sleepAfter, now.plus(sleepAfter))).isTrue();
        }

        @Test
        void a_command_counts_as_activity() {
            now = now.plus(Duration.ofMinutes(10));
            car.receive(signed(CommandType.REFRESH_STATE), now, false);

            assertThat(car.idleFor(sleepAfter, T0.plus(sleepAfter))).isFalse();
        }

        @Test
        void a_running_engine_keeps_the_car_awake() {
            car.setIgnition(IgnitionState.ON);

            assertThat(car.idleFor(sleepAfter, now.plus(Duration.ofHours(5)))).isFalse();
            assertThat(car.canSleep()).isFalse();
            assertThat(car.fallAsleep()).isFalse();
            assertThat(car.presence()).isEqualTo(Presence.ONLINE);
        }

        @Test
        void a_sleeping_car_ignores_commands_and_runs_them_once_awake() {
            assertThat(car.fallAsleep()).isTrue();
            assertThat(car.presence()).isEqualTo(Presence.ASLEEP);
            CommandMessage unlock = signed(CommandType.UNLOCK);

            assertThat(car.receive(unlock, now, false).ignored()).isTrue();
            assertThat(car.doors()).isEqualTo(DoorState.LOCKED);

            assertThat(car.wakeUp(later(1))).isTrue();
            assertThat(car.presence()).isEqualTo(Presence.ONLINE);
            assertThat(car.receive(unlock, later(1), false).ack().outcome()).isEqualTo(CarOutcome.SUCCEEDED);
        }

        @Test
        void the_driver_touching_the_car_wakes_it() {
            car.fallAsleep();

            assertThat(car.touch(now)).isTrue();
            assertThat(car.presence()).isEqualTo(Presence.ONLINE);
            assertThat(car.touch(now)).isFalse();
        }
    }

    @Test
    void pairing_reports_the_cars_own_ignition_and_privacy() {
        car.setIgnition(IgnitionState.ON);
        car.setPrivacyMode(PrivacyMode.PRIVATE);

        assertThat(car.pair("challenge-1", "phone-1", now)).isEqualTo(
                new PairingMessage("challenge-1", "phone-1", IgnitionState.ON, PrivacyMode.PRIVATE, now));
    }

    @Test
    void setters_say_whether_anything_changed() {
        assertThat(car.setIgnition(IgnitionState.OFF)).isFalse();
        assertThat(car.setIgnition(IgnitionState.ON)).isTrue();
        assertThat(car.setPrivacyMode(PrivacyMode.SHARING)).isFalse();
        assertThat(car.setPrivacyMode(PrivacyMode.PRIVATE)).isTrue();
    }

    @Test
    void the_snapshot_shows_offline_when_the_car_has_no_broker_connection() {
        assertThat(car.snapshot(now, false, 5).presence()).isEqualTo(Presence.OFFLINE);
        assertThat(car.snapshot(now, true, 5).presence()).isEqualTo(Presence.ONLINE);
    }

    private Car newCar(CarRules rules) {
        return new Car(VIN, rules, now);
    }

    private static CarRules rules(Optional<PublicKey> key, boolean requireProvisioning, int remembered) {
        return rules(key, requireProvisioning, remembered, 10_000);
    }

    private static CarRules rules(Optional<PublicKey> key, boolean requireProvisioning, int remembered,
            int executionLogSize) {
        return new CarRules(key, requireProvisioning, LIGHTS, HORN, remembered, executionLogSize);
    }

    private Instant later(int seconds) {
        return now.plusSeconds(seconds);
    }

    private CommandMessage signed(CommandType type) {
        return signed(type, now, now.plusSeconds(60));
    }

    private CommandMessage signed(CommandType type, Instant issuedAt, Instant expiresAt) {
        return signed(PLATFORM, type, issuedAt, expiresAt);
    }

    private static CommandMessage signed(KeyPair keys, CommandType type, Instant issuedAt, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        return new CommandMessage(id, VIN, type, issuedAt, expiresAt,
                CommandSignature.sign(keys.getPrivate(), id, VIN, type, issuedAt, expiresAt));
    }

    private static String sign(KeyPair keys, CommandMessage command) {
        return CommandSignature.sign(keys.getPrivate(), command.commandId(), command.vin(), command.type(),
                command.issuedAt(), command.expiresAt());
    }

    private static CommandMessage withSignature(CommandMessage command, String signature) {
        return new CommandMessage(command.commandId(), command.vin(), command.type(), command.issuedAt(),
                command.expiresAt(), signature);
    }
}
