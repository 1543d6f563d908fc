package dev.remotecommands.command.service;

import dev.remotecommands.command.problem.Problems;
import dev.remotecommands.grants.VehicleGrantRepository;
import dev.remotecommands.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether an account may command and read a car: only if an enrollment enabled it and nothing revoked it
 * since. Anything else looks like a car that does not exist, so nobody learns about another account's car.
 */
@ApplicationScoped
public class VehicleAccess {

    private final VehicleGrantRepository grants;
    private final RemoteSessionVerifier sessions;

    public VehicleAccess(VehicleGrantRepository grants, RemoteSessionVerifier sessions) {
        this.grants = grants;
        this.sessions = sessions;
    }

    /** Fails with a 404 problem unless the account may use this car. Call inside a Panache session. */
    public Uni<Void> require(String accountId, String vin) {
        return grants.accountEnabled(vin, accountId)
                .chain(enabled -> enabled
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(Problems.vehicleNotFound(vin)));
    }

    /**
     * Like {@link #require}, for a command. The activation of a car reaches command-service through Kafka, a moment
     * after the driver's app was told ACTIVE: when the caller's genuine remote session says its device was paired
     * with the car and no grant of the account for it was ever heard of, the activation is on its way, and the
     * answer is 503 {@code activation-in-progress} with {@code Retry-After} rather than 404. Once any change is known
     * (a revocation, say) the answer is 404 again: a session's issue time can be up to a second later than the
     * moment it was opened (it is never before the last end of sessions), so it cannot order itself against a
     * change. The session grants nothing here.
     */
    public Uni<Void> requireForCommand(String accountId, String vin, String remoteSessionToken) {
        return require(accountId, vin).onFailure(ProblemException.class).recoverWithUni(notFound ->
                activationOnItsWay(accountId, vin, remoteSessionToken).chain(onItsWay -> Uni.createFrom()
                        .failure(onItsWay ? Problems.activationInProgress(vin) : notFound)));
    }

    private Uni<Boolean> activationOnItsWay(String accountId, String vin, String remoteSessionToken) {
        RemoteSession session;
        try {
            session = sessions.verify(remoteSessionToken);
        } catch (ProblemException notASession) {
            return Uni.createFrom().item(false);
        }
        if (!session.accountId().equals(accountId) || !session.pairedVins().contains(vin)) {
            return Uni.createFrom().item(false);
        }
        return grants.anyChangeOf(vin, accountId).map(known -> !known);
    }
}
