package dev.remotecommands.command.service;

import dev.remotecommands.grants.VehicleGrantRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A command needs the remote session ({@code X-Remote-Session}): proof that the driver entered the safety code
 * on a device, at most 7 days ago. The session must be genuine, be the caller's own, and name a device that is
 * still enabled for this car (removing a device ends its sessions at once, whatever their expiry).
 */
@ApplicationScoped
public class RemoteSessionGuard {

    private final RemoteSessionVerifier verifier;
    private final VehicleGrantRepository grants;

    public RemoteSessionGuard(RemoteSessionVerifier verifier, VehicleGrantRepository grants) {
        this.verifier = verifier;
        this.grants = grants;
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
                    return grants.deviceEnabled(vin, accountId, session.deviceId())
                            .chain(enabled -> enabled
                                    ? Uni.createFrom().voidItem()
                                    : Uni.createFrom().failure(RemoteSessionRejection.DEVICE_NOT_ENABLED.problem()));
                });
    }
}
