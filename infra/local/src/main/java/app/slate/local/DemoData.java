package app.slate.local;

import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.talent.portfolio.PortfolioItem;
import app.slate.talent.portfolio.PortfolioItemInput;
import app.slate.talent.portfolio.PortfolioService;
import app.slate.talent.profile.ProfileService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On a first start, creates the demo accounts, the demo talent, the demo casting and its conversation and saved search through
 * the same services the API uses, so their
 * events travel the real path (outbox, relay, queue, indexer) into OpenSearch. A restart finds
 * them in PostgreSQL and leaves them be.
 */
@ApplicationScoped
public class DemoData {

    static final String OWNER_PREFIX = "demo-talent-";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final ProfileService profiles;
    private final PortfolioService portfolio;
    private final OutboxWakeup wakeup;
    private final Pool database;
    private final Banner banner;
    private final DemoAccounts accounts;
    private final DemoCasting casting;
    private final DemoConversation conversation;
    private final int count;

    public DemoData(ProfileService profiles, PortfolioService portfolio, OutboxWakeup wakeup, Pool database, Banner banner,
                    DemoAccounts accounts, DemoCasting casting, DemoConversation conversation,
                    @ConfigProperty(name = "slate.local.demo-talent", defaultValue = "0") int count) {
        this.profiles = profiles;
        this.portfolio = portfolio;
        this.wakeup = wakeup;
        this.database = database;
        this.banner = banner;
        this.accounts = accounts;
        this.casting = casting;
        this.conversation = conversation;
        this.count = count;
    }

    void load(@Observes StartupEvent started) {
        Thread loader = new Thread(this::loadIfMissing, "demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    private void loadIfMissing() {
        try {
            accounts.createIfMissing();
            long present = database.preparedQuery("SELECT count(*) FROM talent_profiles WHERE owner_id LIKE $1")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(OWNER_PREFIX + "%"))
                    .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
            for (int number = (int) present + 1; number <= count; number++) {
                create(number);
            }
            if (present < count) {
                LOG.infof("Demo data: created %d talent profiles", count - present);
            }
            // Casting needs submitting talent: the demo's own, so tests (which load none) get no casting demo.
            if (count >= DemoCasting.TALENT_NEEDED) {
                casting.createIfMissing();
                conversation.createIfMissing();
            }
            // Whatever a previous run left unpublished goes out now rather than at the first sweep.
            VertxContextSupport.subscribeAndAwait(wakeup::now);
            banner.demoDataReady(database.query("SELECT count(*) FROM talent_profiles WHERE published").execute()
                    .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0));
        } catch (Throwable e) {
            LOG.error("Loading demo data failed", e);
        }
    }

    private void create(int number) throws Throwable {
        Caller owner = new Caller(OWNER_PREFIX + String.format("%04d", number), Set.of(Roles.TALENT));
        VertxContextSupport.subscribeAndAwait(() -> profiles.create(owner, DemoTalent.generate(number)));
        if (number % 2 == 0) {
            var headshot = VertxContextSupport.subscribeAndAwait(() -> portfolio.add(owner, new PortfolioItemInput(
                    PortfolioItem.Kind.HEADSHOT, "Headshot", null, "https://images.slate.example/demo/" + number + ".jpg")));
            VertxContextSupport.subscribeAndAwait(() -> portfolio.makePrimary(owner, headshot.id()));
        }
    }
}
