package dev.remotecommands.enrollment.repository;

import dev.remotecommands.contracts.otp.OtpDeliveryStatus;
import dev.remotecommands.contracts.otp.OtpPurpose;
import dev.remotecommands.enrollment.CodeRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class CodeRequestRepository implements PanacheRepositoryBase<CodeRequest, UUID> {

    private static final String RECORD_DELIVERY = """
            update code_request set delivery_status = :status, delivery_reason = :reason, delivery_at = :at
            where request_id = :id and account_id = :account
            """;

    /** The newest code of this purpose (and device, or none), the only one that counts. */
    public Uni<CodeRequest> newest(String accountId, OtpPurpose purpose, String deviceId) {
        if (deviceId == null) {
            return find("accountId = ?1 and purpose = ?2 and deviceId is null",
                    Sort.descending("requestedAt"), accountId, purpose).firstResult();
        }
        return find("accountId = ?1 and purpose = ?2 and deviceId = ?3",
                Sort.descending("requestedAt"), accountId, purpose, deviceId).firstResult();
    }

    /** Records what became of a code's SMS; the same report twice writes the same values. Rows changed. */
    public Uni<Integer> recordDelivery(UUID requestId, String accountId, OtpDeliveryStatus status, String reason,
            Instant at) {
        return getSession().chain(session -> session.createNativeQuery(RECORD_DELIVERY)
                .setParameter("status", status.name())
                .setParameter("reason", reason)
                .setParameter("at", at)
                .setParameter("id", requestId)
                .setParameter("account", accountId)
                .executeUpdate());
    }
}
