package dev.remotecommands.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.enrollment.RemoteCommandsStatus;
import dev.remotecommands.enrollment.Step;
import dev.remotecommands.enrollment.Subscription;
import org.junit.jupiter.api.Test;

class JourneyTest {

    @Test
    void withoutASubscriptionTheNextStepIsTheActivation() {
        assertThat(Journey.of(Subscription.NONE, true, true, false))
                .extracting(Journey::status, Journey::nextStep)
                .containsExactly(RemoteCommandsStatus.NOT_SUBSCRIBED, Step.ACTIVATION);
        assertThat(Journey.of(Subscription.REVOKED, true, true, false))
                .extracting(Journey::status, Journey::nextStep)
                .containsExactly(RemoteCommandsStatus.REVOKED, Step.ACTIVATION);
    }

    @Test
    void theFirstOpenStepIsNext() {
        assertThat(Journey.of(Subscription.ACTIVATED, false, false, false).nextStep()).isEqualTo(Step.TRUSTED_PHONE);
        assertThat(Journey.of(Subscription.ACTIVATED, true, false, false).nextStep()).isEqualTo(Step.SAFETY_CODE);
        Journey pairing = Journey.of(Subscription.ACTIVATED, true, true, false);
        assertThat(pairing.nextStep()).isEqualTo(Step.BLUETOOTH_PAIRING);
        assertThat(pairing.status()).isEqualTo(RemoteCommandsStatus.CERTIFICATION_REQUIRED);
    }

    @Test
    void aWaitingSessionIsActivatingAndAPairedCarIsActive() {
        assertThat(Journey.of(Subscription.ACTIVATED, true, true, true).status())
                .isEqualTo(RemoteCommandsStatus.ACTIVATING);
        Journey active = Journey.of(Subscription.PAIRED, true, true, false);
        assertThat(active.status()).isEqualTo(RemoteCommandsStatus.ACTIVE);
        assertThat(active.nextStep()).isNull();
        assertThat(active.steps()).allMatch(step -> step.status() == Journey.StepStatus.DONE);
    }
}
