package app.slate.trust.privacy;

import app.slate.identity.reads.Accounts;
import app.slate.media.reads.MediaPersonalData;
import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.Person;
import app.slate.talent.reads.TalentReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Who an account is across the contexts, read through what each publishes, before anything of theirs is touched. */
@ApplicationScoped
public class People {

    private final Accounts accounts;
    private final TalentReads talent;
    private final MediaPersonalData media;

    private final DataExports exports;

    public People(Accounts accounts, TalentReads talent, MediaPersonalData media, DataExports exports) {
        this.accounts = accounts;
        this.talent = talent;
        this.media = media;
        this.exports = exports;
    }

    public Person of(UUID accountId) {
        String subject = accountId.toString();
        String email = accounts.email(accountId).await().atMost(Await.LIMIT).orElse(null);
        TalentReads.Talent profile = talent.ofOwner(subject).await().atMost(Await.LIMIT);
        List<UUID> exportIds = exports.idsOf(accountId).await().atMost(Await.LIMIT);
        return new Person(accountId, email, profile == null ? null : profile.id(), media.assetsOf(subject), exportIds, Person.newTombstone());
    }
}
