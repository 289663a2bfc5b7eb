package app.slate.identity.webhook;

import app.slate.identity.account.Account;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads accounts straight from PostgreSQL, to see what a delivery changed. */
final class StoredAccounts {

    private StoredAccounts() {
    }

    static Account byExternalId(Mutiny.SessionFactory database, String externalId) {
        return database.withSession(session -> session.createSelectionQuery("from Account where externalId = :id", Account.class)
                .setParameter("id", externalId).getSingleResultOrNull()).await().indefinitely();
    }

    static Account byId(Mutiny.SessionFactory database, java.util.UUID id) {
        return database.withSession(session -> session.find(Account.class, id)).await().indefinitely();
    }

    static Account persist(Mutiny.SessionFactory database, Account account) {
        return database.withTransaction(session -> session.persist(account).replaceWith(account)).await().indefinitely();
    }
}
