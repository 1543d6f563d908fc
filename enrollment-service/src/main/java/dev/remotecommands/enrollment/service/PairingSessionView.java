package dev.remotecommands.enrollment.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.remotecommands.enrollment.PairingFailure;
import dev.remotecommands.enrollment.PairingSession;
import dev.remotecommands.enrollment.PairingStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pairing session: on creation with its challenge and the checklist, later with its status and reason. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(example = "{\"id\": \"0b8f6c1e-5d2a-4c7e-9f3b-1a2b3c4d5e6f\", \"deviceId\": \"pixel-8-anna\","
        + " \"status\": \"WAITING_FOR_VEHICLE\", \"challenge\": \"k3JX9qP0vS7mW2aZ\","
        + " \"expiresAt\": \"2026-03-02T08:25:00Z\", \"checklist\": [\"Have the vehicle key in hand\","
        + " \"Be on board the vehicle\"]}")
public record PairingSessionView(UUID id, String deviceId, PairingStatus status, PairingFailure reason,
        String challenge, Instant expiresAt, List<String> checklist) {

    /** What the app tells the driver to check before handing the challenge to the car. */
    public static final List<String> CHECKLIST = List.of(
            "Have the vehicle key in hand",
            "Be on board the vehicle",
            "Start the engine and keep it running",
            "Keep your phone online",
            "Turn Bluetooth on and pair your phone with the vehicle",
            "Set the vehicle's privacy mode to allow data sharing");

    static PairingSessionView created(PairingSession session) {
        return new PairingSessionView(session.getId(), session.getDeviceId(), session.getStatus(), null,
                session.getChallenge(), session.getExpiresAt(), CHECKLIST);
    }

    static PairingSessionView of(PairingSession session) {
        return new PairingSessionView(session.getId(), session.getDeviceId(), session.getStatus(),
                session.getReason(), null, session.getExpiresAt(), null);
    }
}
