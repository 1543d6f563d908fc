package dev.remotecommands.enrollment.service;

import dev.remotecommands.enrollment.RemoteCommandsStatus;
import dev.remotecommands.enrollment.Step;
import dev.remotecommands.enrollment.Subscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Where a driver stands for one vehicle: the status the app shows, each certification step TODO or DONE, and the
 * next thing to do ({@code null} once all is done). Derived only from what the database holds.
 */
@Schema(example = "{\"status\": \"CERTIFICATION_REQUIRED\", \"steps\": [{\"step\": \"TRUSTED_PHONE\","
        + " \"status\": \"DONE\"}, {\"step\": \"SAFETY_CODE\", \"status\": \"TODO\"},"
        + " {\"step\": \"BLUETOOTH_PAIRING\", \"status\": \"TODO\"}], \"nextStep\": \"SAFETY_CODE\"}")
public record Journey(RemoteCommandsStatus status, List<StepState> steps, Step nextStep) {

    public enum StepStatus {
        TODO,
        DONE
    }

    public record StepState(Step step, StepStatus status) {
    }

    /**
     * @param trustedPhone the account has a verified phone
     * @param safetyCode   the account has a registered device and a safety code
     * @param waiting      a pairing session of this vehicle waits for the car
     */
    public static Journey of(Subscription subscription, boolean trustedPhone, boolean safetyCode, boolean waiting) {
        boolean paired = subscription == Subscription.PAIRED;
        List<StepState> steps = List.of(
                new StepState(Step.TRUSTED_PHONE, trustedPhone ? StepStatus.DONE : StepStatus.TODO),
                new StepState(Step.SAFETY_CODE, safetyCode ? StepStatus.DONE : StepStatus.TODO),
                new StepState(Step.BLUETOOTH_PAIRING, paired ? StepStatus.DONE : StepStatus.TODO));
        RemoteCommandsStatus status = switch (subscription) {
            case NONE -> RemoteCommandsStatus.NOT_SUBSCRIBED;
            case REVOKED -> RemoteCommandsStatus.REVOKED;
            case PAIRED -> RemoteCommandsStatus.ACTIVE;
            case ACTIVATED -> waiting ? RemoteCommandsStatus.ACTIVATING : RemoteCommandsStatus.CERTIFICATION_REQUIRED;
        };
        Step next = switch (subscription) {
            case NONE, REVOKED -> Step.ACTIVATION;
            default -> steps.stream().filter(s -> s.status() == StepStatus.TODO).map(StepState::step).findFirst()
                    .orElse(null);
        };
        return new Journey(status, steps, next);
    }
}
