package dev.remotecommands.bridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.events.CommandAcked;
import dev.remotecommands.contracts.mqtt.AckMessage;
import dev.remotecommands.contracts.vehicle.CarOutcome;
import dev.remotecommands.contracts.vehicle.CarState;
import dev.remotecommands.contracts.vehicle.CommandStatus;
import dev.remotecommands.contracts.vehicle.DoorState;
import dev.remotecommands.contracts.vehicle.FailureCause;
import dev.remotecommands.contracts.vehicle.IgnitionState;
import dev.remotecommands.contracts.vehicle.PrivacyMode;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

class CarAnswersTest {

    private static final String VIN = "VF7TESTCAR0000001";
    private static final UUID ID = UUID.randomUUID();
    private static final CarState STATE = new CarState(DoorState.LOCKED, IgnitionState.OFF, PrivacyMode.SHARING);
    private static final Instant AT = Instant.parse("2026-11-26T10:00:01Z");
    private static final Instant RECEIVED = Instant.parse("2026-11-26T10:00:02Z");

    @Test
    void aSuccessCarriesTheCarsStateAndNoFailureCause() {
        CommandAcked event = CarAnswers.toEvent(VIN, new AckMessage(ID, CarOutcome.SUCCEEDED, null, STATE, AT),
                RECEIVED);
        assertThat(event.status()).isEqualTo(CommandStatus.SUCCEEDED);
        assertThat(event.failureCause()).isNull();
        assertThat(event.state()).isEqualTo(STATE);
        assertThat(event.at()).isEqualTo(AT);
        assertThat(event.vin()).isEqualTo(VIN);
    }

    @Test
    void alreadyDoneIsASuccessToo() {
        CommandAcked event = CarAnswers.toEvent(VIN, new AckMessage(ID, CarOutcome.ALREADY_DONE, null, STATE, AT),
                RECEIVED);
        assertThat(event.status()).isEqualTo(CommandStatus.ALREADY_DONE);
        assertThat(event.failureCause()).isNull();
    }

    @Test
    void aRefusalNamesTheCarsReasonAsFailureCause() {
        CommandAcked event = CarAnswers.toEvent(VIN,
                new AckMessage(ID, CarOutcome.REJECTED, "BAD_SIGNATURE", STATE, AT), RECEIVED);
        assertThat(event.status()).isEqualTo(CommandStatus.REJECTED);
        assertThat(event.failureCause()).isEqualTo(FailureCause.BAD_SIGNATURE);
        assertThat(event.reason()).isEqualTo("BAD_SIGNATURE");
    }

    @Test
    void aFailureWithAReasonTheBridgeDoesNotKnowIsAVehicleError() {
        CommandAcked event = CarAnswers.toEvent(VIN, new AckMessage(ID, CarOutcome.FAILED, "motor jammed", null, null),
                RECEIVED);
        assertThat(event.status()).isEqualTo(CommandStatus.FAILED);
        assertThat(event.failureCause()).isEqualTo(FailureCause.VEHICLE_ERROR);
        assertThat(event.reason()).isEqualTo("motor jammed");
        assertThat(event.at()).as("an ack without time is dated when received").isEqualTo(RECEIVED);
    }
}
