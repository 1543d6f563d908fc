package dev.remotecommands.command.service;

import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.command.repository.RemoteSessionFloorRepository;
import dev.remotecommands.command.repository.RemoteSessionFloorRepository.Floor;
import dev.remotecommands.contracts.session.SessionsEndReason;
import dev.remotecommands.grants.VehicleGrantRepository;
import dev.remotecommands.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A command needs the remote session ({@code X-Remote-Session}): proof that the driver entered the safety code
 * on a device, at most 7 days ago. The session must be genuine, be the caller's own, and name a device that is
 * still enabled for this car (removing a device ends its sessions at once, whatever their expiry), and be opened
 * after the account's last "sessions valid from" stamp ({@code RemoteSessionsEnded}: a safety-code reset, change or
 * lock, a trusted-phone change, a deactivation or a device removal).
 */
@ApplicationScoped
public class RemoteSessionGuard {

    private final RemoteSessionVerifier verifier;
    private final VehicleGrantRepository grants;
    private final RemoteSessionFloorRepository floors;

    public RemoteSessionGuard(RemoteSessionVerifier verifier, VehicleGrantRepository grants,
            RemoteSessionFloorRepository floors) {
        this.verifier = verifier;
        this.grants = grants;
        this.floors = floors;
    }

    /**
     * Fails with a 403 {@code safety-code-required} problem unless the token is a valid session of this account on
     * a device enabled for this car. Call inside a Panache session, after the car's 404 check.
     */
    public Uni<Void> check(String accountId, String vin, String remoteSessionToken) {
        return Uni.createFrom().item(() -> verifier.verify(remoteSessionToken))
                .chain(session -> {
                    if (!session.accountId().equals(accountId)) {
                        return Uni.createFrom().failure(RemoteSessionRejection.ANOTHER_ACCOUNT.problem());
                    }
                    return floors.of(accountId)
                            .chain(floor -> floor != null && session.issuedAt().isBefore(floor.validFrom())
                                    ? Uni.createFrom().failure(ended(floor, session))
                                    : grants.deviceEnabled(vin, accountId, session.deviceId()))
                            .chain(enabled -> enabled
                                    ? Uni.createFrom().voidItem()
                                    : Uni.createFrom().failure(RemoteSessionRejection.DEVICE_NOT_ENABLED.problem()));
                });
    }

    /** The problem's {@code reason} is what ended the session, e.g. {@code SAFETY_CODE_CHANGED}. */
    static ProblemException ended(Floor floor, RemoteSession session) {
        return Problems.safetyCodeRequired(floor.reason(), "This remote session (opened at " + session.issuedAt()
                + ") ended at " + floor.validFrom() + " because " + because(floor.reason()) + ".");
    }

    private static String because(String reason) {
        try {
            return switch (SessionsEndReason.valueOf(reason)) {
                case SAFETY_CODE_RESET -> "the safety code was reset";
                case SAFETY_CODE_CHANGED -> "the safety code was changed";
                case SAFETY_CODE_LOCKED -> "the safety code was locked after too many wrong tries";
                case TRUSTED_PHONE_CHANGED -> "the trusted phone number was changed";
                case DEACTIVATED -> "remote commands were deactivated for a car of the account";
                case DEVICE_REMOVED -> "a device was removed from the account";
            };
        } catch (IllegalArgumentException e) {
            return "of " + reason; // a reason added to the contracts after this build
        }
    }
}
