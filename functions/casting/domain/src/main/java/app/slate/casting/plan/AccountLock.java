package app.slate.casting.plan;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A transaction-scoped advisory lock on one account's use of a limit: two requests that would
 * each take the last unit (a submission, an open role) count one after the other, so a race
 * cannot overrun the plan. Released when the calling transaction ends.
 */
final class AccountLock {

    private AccountLock() {
    }

    static Uni<Void> hold(String limit, String accountId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                        .setParameter(1, limit + ":" + accountId).getSingleResult())
                .replaceWithVoid();
    }
}
