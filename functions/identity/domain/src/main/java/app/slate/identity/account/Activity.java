package app.slate.identity.account;

import app.slate.platform.events.IdentityEvents;
import app.slate.platform.events.IdentityEvents.AccountActive;
import app.slate.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The last day each person used Slate: talent search ranks talent active in the last weeks higher.
 * Kept at day precision (the UTC date), written by the first sign-in or session renewal of a day
 * only, with an {@code account.active} event in the same transaction; later ones that day change
 * nothing and write nothing.
 */
@ApplicationScoped
public class Activity {

    private final Outbox outbox;

    public Activity(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> usedToday(UUID accountId) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Panache.withTransaction(() -> Account.update(
                        "activeOn = ?1 where id = ?2 and (activeOn is null or activeOn < ?1)", today, accountId)
                .chain(changed -> changed == 0 ? Uni.createFrom().voidItem()
                        : outbox.record(IdentityEvents.ACTIVE, accountId.toString(), new AccountActive(accountId, today)).replaceWithVoid()));
    }
}
