package dev.remotecommands.enrollment.repository;

import dev.remotecommands.enrollment.PairingSession;
import dev.remotecommands.enrollment.PairingStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class PairingSessionRepository implements PanacheRepositoryBase<PairingSession, UUID> {

    public Uni<PairingSession> lockOfVehicle(UUID id, String accountId, String vin) {
        return find("id = ?1 and accountId = ?2 and vin = ?3", id, accountId, vin)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The waiting session of this car with this challenge, locked; {@code null} for a stale or forged report. */
    public Uni<PairingSession> lockWaiting(String vin, String challenge) {
        return find("vin = ?1 and challenge = ?2 and status = ?3", vin, challenge, PairingStatus.WAITING_FOR_VEHICLE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Boolean> anyWaiting(String accountId, String vin, Instant now) {
        return count("accountId = ?1 and vin = ?2 and status = ?3 and expiresAt > ?4", accountId, vin,
                PairingStatus.WAITING_FOR_VEHICLE, now).map(count -> count > 0);
    }
}
