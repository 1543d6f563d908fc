package dev.remotecommands.command.service;

import static dev.remotecommands.contracts.vehicle.CommandStatus.ACCEPTED;
import static dev.remotecommands.contracts.vehicle.CommandStatus.ALREADY_DONE;
import static dev.remotecommands.contracts.vehicle.CommandStatus.EXPIRED;
import static dev.remotecommands.contracts.vehicle.CommandStatus.FAILED;
import static dev.remotecommands.contracts.vehicle.CommandStatus.REJECTED;
import static dev.remotecommands.contracts.vehicle.CommandStatus.SENT_TO_VEHICLE;
import static dev.remotecommands.contracts.vehicle.CommandStatus.SUCCEEDED;
import static dev.remotecommands.contracts.vehicle.CommandStatus.TIMED_OUT;
import static dev.remotecommands.contracts.vehicle.CommandStatus.WAKING_UP_VEHICLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.command.service.CommandLifecycle.Step;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.FailureCause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

class CommandLifecycleTest {

    @Test
    void pendingStepsGoForwardInOrder() {
        assertThat(CommandLifecycle.next(ACCEPTED, WAKING_UP_VEHICLE, null)).contains(new Step(WAKING_UP_VEHICLE, null));
        assertThat(CommandLifecycle.next(WAKING_UP_VEHICLE, SENT_TO_VEHICLE, null)).contains(new Step(SENT_TO_VEHICLE, null));
        assertThat(CommandLifecycle.next(SENT_TO_VEHICLE, SUCCEEDED, null)).contains(new Step(SUCCEEDED, null));
    }

    @Test
    void stepsMayBeSkippedForAnAwakeCarOrALostProgressReport() {
        assertThat(CommandLifecycle.next(ACCEPTED, SENT_TO_VEHICLE, null)).contains(new Step(SENT_TO_VEHICLE, null));
        assertThat(CommandLifecycle.next(ACCEPTED, SUCCEEDED, null)).contains(new Step(SUCCEEDED, null));
        assertThat(CommandLifecycle.next(WAKING_UP_VEHICLE, EXPIRED, FailureCause.VEHICLE_UNREACHABLE))
                .contains(new Step(EXPIRED, FailureCause.VEHICLE_UNREACHABLE));
    }

    @Test
    void progressNeverGoesBackwardsNorRepeats() {
        assertThat(CommandLifecycle.next(SENT_TO_VEHICLE, WAKING_UP_VEHICLE, null)).isEmpty();
        assertThat(CommandLifecycle.next(SENT_TO_VEHICLE, SENT_TO_VEHICLE, null)).isEmpty();
        assertThat(CommandLifecycle.next(WAKING_UP_VEHICLE, WAKING_UP_VEHICLE, null)).isEmpty();
        assertThat(CommandLifecycle.next(WAKING_UP_VEHICLE, ACCEPTED, null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CommandStatus.class, names = { "SUCCEEDED", "ALREADY_DONE", "FAILED", "REJECTED", "EXPIRED",
            "TIMED_OUT" })
    void nothingFollowsATerminalStatus(CommandStatus terminal) {
        for (CommandStatus reported : CommandStatus.values()) {
            assertThat(CommandLifecycle.next(terminal, reported, FailureCause.VEHICLE_ERROR))
                    .as("%s after %s", reported, terminal).isEmpty();
        }
        assertThat(CommandLifecycle.timeOut(terminal)).isEmpty();
    }

    @Test
    void everyTerminalStatusIsReachableFromEveryPendingOne() {
        CommandStatus[] pending = { ACCEPTED, WAKING_UP_VEHICLE, SENT_TO_VEHICLE };
        Arrays.stream(CommandStatus.values()).filter(CommandStatus::isTerminal).forEach(terminal -> {
            for (CommandStatus from : pending) {
                assertThat(CommandLifecycle.next(from, terminal, null)).map(Step::status).contains(terminal);
            }
        });
    }

    @Test
    void successHasNoFailureCauseEvenIfOneWasSent() {
        assertThat(CommandLifecycle.next(SENT_TO_VEHICLE, SUCCEEDED, FailureCause.VEHICLE_ERROR))
                .contains(new Step(SUCCEEDED, null));
        assertThat(CommandLifecycle.next(SENT_TO_VEHICLE, ALREADY_DONE, null)).contains(new Step(ALREADY_DONE, null));
    }

    @Test
    void failuresKeepTheReportedCauseOrGetTheUsualOne() {
        assertThat(CommandLifecycle.next(SENT_TO_VEHICLE, FAILED, FailureCause.PRIVACY_MODE))
                .contains(new Step(FAILED, FailureCause.PRIVACY_MODE));
        assertThat(CommandLifecycle.next(SENT_TO_VEHICLE, FAILED, null)).contains(new Step(FAILED, FailureCause.VEHICLE_ERROR));
        assertThat(CommandLifecycle.next(ACCEPTED, REJECTED, null)).contains(new Step(REJECTED, FailureCause.VEHICLE_ERROR));
        assertThat(CommandLifecycle.next(ACCEPTED, EXPIRED, null)).contains(new Step(EXPIRED, FailureCause.COMMAND_EXPIRED));
        assertThat(CommandLifecycle.next(SENT_TO_VEHICLE, TIMED_OUT, null)).contains(new Step(TIMED_OUT, FailureCause.NO_ANSWER));
    }

    @ParameterizedTest
    @EnumSource(value = CommandStatus.class, names = { "ACCEPTED", "WAKING_UP_VEHICLE", "SENT_TO_VEHICLE" })
    void theWatchdogTimesOutAnyPendingCommandWithNoAnswer(CommandStatus pending) {
        assertThat(CommandLifecycle.timeOut(pending)).contains(new Step(TIMED_OUT, FailureCause.NO_ANSWER));
    }

    @Test
    void theApiSaysTheOutcomeOfATimedOutCommandIsUnknown() {
        assertThat(CommandMessages.outcomeKnown(TIMED_OUT)).isFalse();
        assertThat(CommandMessages.of(TIMED_OUT, FailureCause.NO_ANSWER)).contains("outcome is unknown");
        assertThat(CommandMessages.outcomeKnown(SUCCEEDED)).isTrue();
        assertThat(CommandMessages.outcomeKnown(FAILED)).isTrue();
        assertThat(CommandMessages.outcomeKnown(SENT_TO_VEHICLE)).isFalse();
    }
}
