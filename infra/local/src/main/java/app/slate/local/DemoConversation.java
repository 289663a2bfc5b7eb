package app.slate.local;

import app.slate.casting.lists.TalentListRequests.NewList;
import app.slate.casting.lists.TalentLists;
import app.slate.casting.submission.SubmissionRequest;
import app.slate.casting.submission.SubmissionService;
import app.slate.identity.account.Account;
import app.slate.messaging.conversation.Conversations;
import app.slate.messaging.conversation.OpenRequest;
import app.slate.messaging.message.MessageRequest;
import app.slate.messaging.message.Messages;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.search.saved.AlertFrequency;
import app.slate.search.saved.SavedSearchRequest;
import app.slate.search.saved.SavedSearches;
import app.slate.search.saved.SearchKind;
import app.slate.talent.portfolio.PortfolioItem;
import app.slate.talent.portfolio.PortfolioItemInput;
import app.slate.talent.portfolio.PortfolioService;
import app.slate.talent.profile.ProfileService;
import app.slate.talent.search.TalentQuery;
import app.slate.talent.search.TalentSearch;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The demo's conversation, saved search and talent list: Tala Demo (talent@slate.local) has a
 * profile and submitted for Maya Hart; Casey Demo (casting@slate.local) asked her to a callback in
 * the conversation about it, and she answered; Casey keeps a daily saved search for women of 28 to
 * 36 in the UK, and a "Callback favourites" list (Tala and two more) shared with the project's
 * team. Made once, through the services the API uses.
 */
@ApplicationScoped
public class DemoConversation {

    private final ProfileService profiles;
    private final PortfolioService portfolio;
    private final SubmissionService submissions;
    private final Conversations conversations;
    private final Messages messages;
    private final SavedSearches searches;
    private final TalentLists lists;
    private final Pool database;

    public DemoConversation(ProfileService profiles, PortfolioService portfolio, SubmissionService submissions, Conversations conversations,
                            Messages messages, SavedSearches searches, TalentLists lists, Pool database) {
        this.profiles = profiles;
        this.portfolio = portfolio;
        this.submissions = submissions;
        this.conversations = conversations;
        this.messages = messages;
        this.searches = searches;
        this.lists = lists;
        this.database = database;
    }

    void createIfMissing() throws Throwable {
        Caller casting = caller(DemoAccounts.CASTING, Roles.CASTING);
        Caller talent = caller(DemoAccounts.TALENT, Roles.TALENT);
        if (count("SELECT count(*) FROM conversations WHERE talent_id = $1", UUID.fromString(talent.userId())) > 0) {
            return;
        }
        UUID tala = await(() -> profiles.create(talent, DemoTalent.generate(9001))).id();
        UUID headshot = await(() -> portfolio.add(talent, new PortfolioItemInput(PortfolioItem.Kind.HEADSHOT, "Headshot", null,
                "https://images.slate.example/demo/tala.jpg"))).id();
        UUID maya = database.preparedQuery("""
                        SELECT r.id FROM casting_roles r JOIN projects p ON p.id = r.project_id WHERE p.owner_id = $1 AND r.name = 'Maya Hart'""")
                .execute(Tuple.of(casting.userId())).await().atMost(Duration.ofSeconds(10)).iterator().next().getUUID(0);
        UUID submission = await(() -> submissions.submit(talent, maya, new SubmissionRequest(List.of(headshot),
                "Happy to self-tape this week if that helps."))).id();
        UUID conversation = await(() -> conversations.open(casting, new OpenRequest(submission, null, null, null, null))).conversation().id();
        await(() -> messages.post(casting, conversation, new MessageRequest(
                "Hi Tala, thanks for submitting for Maya. Could you come to a callback on Thursday at 10:00 in Manchester?", List.of())));
        await(() -> messages.post(talent, conversation, new MessageRequest("Thursday at 10:00 works. See you there!", List.of())));

        TalentQuery women = new TalentQuery();
        women.genders = List.of("FEMALE");
        women.ageFrom = 28;
        women.ageTo = 36;
        women.country = "GB";
        women.radiusKm = 50;
        await(() -> searches.save(UUID.fromString(casting.userId()), SearchKind.TALENT,
                new SavedSearchRequest("Women 28-36 in the UK", AlertFrequency.DAILY, null),
                new SavedSearches.Criteria("ageFrom=28&ageTo=36&country=GB&gender=FEMALE", TalentSearch.query(women))));

        UUID project = database.preparedQuery("SELECT project_id FROM casting_roles WHERE id = $1").execute(Tuple.of(maya))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getUUID(0);
        UUID favourites = await(() -> lists.create(casting, new NewList("Callback favourites", List.of(project)))).id();
        await(() -> lists.put(casting, favourites, tala, "Strong callback for Maya; available Thursdays"));
        for (var row : database.preparedQuery("SELECT id FROM talent_profiles WHERE published AND id <> $1 ORDER BY id LIMIT 2")
                .execute(Tuple.of(tala)).await().atMost(Duration.ofSeconds(10))) {
            await(() -> lists.put(casting, favourites, row.getUUID("id"), null));
        }
    }

    private long count(String sql, Object parameter) {
        return database.preparedQuery(sql).execute(Tuple.of(parameter)).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    private static Caller caller(String email, String role) throws Throwable {
        Account account = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Account.findByEmail(email)));
        return new Caller(account.id.toString(), Set.of(role));
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
