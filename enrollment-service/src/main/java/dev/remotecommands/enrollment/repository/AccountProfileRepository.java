package dev.remotecommands.enrollment.repository;

import dev.remotecommands.enrollment.AccountProfile;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class AccountProfileRepository implements PanacheRepositoryBase<AccountProfile, String> {

    private static final String CREATE_IF_MISSING = """
            insert into account_profile (account_id) values (:account) on conflict (account_id) do nothing
            """;

    /**
     * The account's profile, created if missing and locked until the end of the transaction, so that changes of
     * one account (device limit, safety-code failures counted by parallel requests) apply one after the other.
     */
    public Uni<AccountProfile> lock(String accountId) {
        return getSession().chain(session -> session.createNativeQuery(CREATE_IF_MISSING)
                        .setParameter("account", accountId)
                        .executeUpdate())
                .chain(() -> findById(accountId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The profile for reading; {@code null} when the account has not started any step. */
    public Uni<AccountProfile> read(String accountId) {
        return findById(accountId);
    }
}
