package app.slate.local;

import app.slate.casting.audition.AuditionService;
import app.slate.casting.audition.AuditionSlot;
import app.slate.casting.audition.SlotPlan;
import app.slate.casting.project.ProjectDetails;
import app.slate.casting.project.ProjectLocation;
import app.slate.casting.project.ProjectService;
import app.slate.casting.project.ProjectType;
import app.slate.casting.role.RoleDetails;
import app.slate.casting.role.RoleService;
import app.slate.casting.role.Visibility;
import app.slate.casting.selftape.SelfTapeInvitation;
import app.slate.casting.selftape.SelfTapeService;
import app.slate.casting.submission.StatusChange;
import app.slate.casting.submission.SubmissionRequest;
import app.slate.casting.submission.SubmissionService;
import app.slate.casting.submission.SubmissionStatus;
import app.slate.identity.account.Account;
import app.slate.payments.subscriptions.Grants;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo casting, made through the casting services on a first start: the demo casting director on
 * the Studio plan, two projects of theirs, open and draft roles, submissions from demo talent in several states, a
 * self-tape request and audition slots. Its events take the real path to the role board and
 * the inboxes. Kept across restarts: a casting director who has projects is left alone.
 */
@ApplicationScoped
public class DemoCasting {

    /** Where each demo submission ends up, in order; the rest stay SUBMITTED. */
    private static final List<List<SubmissionStatus>> PATHS = List.of(
            List.of(SubmissionStatus.VIEWED),
            List.of(SubmissionStatus.SHORTLISTED),
            List.of(SubmissionStatus.SHORTLISTED, SubmissionStatus.CALLBACK),
            List.of(SubmissionStatus.SHORTLISTED, SubmissionStatus.CALLBACK, SubmissionStatus.OFFERED),
            List.of(SubmissionStatus.DECLINED));
    private static final int SUBMITTING_TALENT = 12;
    /** Demo talent the casting demo needs: it submits with the even-numbered ones. */
    static final int TALENT_NEEDED = 2 * SUBMITTING_TALENT;

    private final ProjectService projects;
    private final RoleService roles;
    private final SubmissionService submissions;
    private final SelfTapeService selfTapes;
    private final AuditionService auditions;
    private final Grants grants;
    private final Pool database;

    public DemoCasting(ProjectService projects, RoleService roles, SubmissionService submissions, SelfTapeService selfTapes,
                       AuditionService auditions, Grants grants, Pool database) {
        this.projects = projects;
        this.roles = roles;
        this.submissions = submissions;
        this.selfTapes = selfTapes;
        this.auditions = auditions;
        this.grants = grants;
        this.database = database;
    }

    void createIfMissing() throws Throwable {
        Account director = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Account.findByEmail(DemoAccounts.CASTING)));
        Caller casting = new Caller(director.id.toString(), Set.of(Roles.CASTING));
        long existing = database.preparedQuery("SELECT count(*) FROM projects WHERE owner_id = $1").execute(Tuple.of(casting.userId()))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
        if (existing > 0) {
            return;
        }
        // The demo casting director is on Studio (as an admin grants it), so the demo can open more roles than free allows.
        await(() -> grants.grant("local-demo", casting.userId(), "studio", AlongsideChange.NOTHING));
        UUID series = await(() -> projects.create(casting, project("The Glass Orchard", ProjectType.SERIES, "Manchester", false))).id();
        UUID maya = open(casting, series, role("Maya Hart", RoleDetails.RoleKind.LEAD, 28, 36, List.of("FEMALE"), "Manchester", 30));
        open(casting, series, role("Tom Hart", RoleDetails.RoleKind.SUPPORTING, 20, 30, List.of("MALE"), "Manchester", 21));
        await(() -> roles.create(casting, series, role("Young Maya", RoleDetails.RoleKind.RECURRING, 10, 13, List.of("FEMALE"), "Manchester", 45)));
        UUID advert = await(() -> projects.create(casting, project("Northern Lights Coffee", ProjectType.COMMERCIAL, "London", true))).id();
        open(casting, advert, role("Barista", RoleDetails.RoleKind.DAY_PLAYER, 18, 70, List.of(), "London", 14));
        // A film cast in Arabic: its fliers read right to left.
        UUID film = await(() -> projects.create(casting, new ProjectDetails("رمال الذاكرة", ProjectType.FILM, "Northlight Pictures",
                LocalDate.now().plusMonths(4), LocalDate.now().plusMonths(5), List.of(new ProjectLocation("الرياض", "SA")), "NON_UNION", false,
                null, "ar-SA"))).id();
        RoleDetails layla = role("ليلى", RoleDetails.RoleKind.LEAD, 25, 32, List.of("FEMALE"), "Manchester", 28);
        open(casting, film, new RoleDetails(layla.name(), layla.kind(), "ليلى، مصوّرة تعود إلى الرياض بعد عشر سنوات لتبحث عن أخيها.",
                layla.playableAge(), layla.genders(), layla.ethnicities(), List.of("ar", "en"), List.of("Photography"), layla.accents(),
                new RoleDetails.RoleLocation("الرياض", null, "SA", null, null),
                new RoleDetails.Pay(true, new BigDecimal("1500"), "SAR", RoleDetails.PayPeriod.DAY, null), layla.union(), layla.shooting(),
                layla.deadline(), layla.visibility(), layla.requestedMedia(), List.of(), layla.rider()));

        for (int n = 1; n <= SUBMITTING_TALENT; n++) {
            submitAndMove(casting, maya, n);
        }
        await(() -> auditions.plan(casting, maya, new SlotPlan(1, AuditionSlot.Mode.IN_PERSON, "Europe/London", "Spotlight Studio 2, Manchester",
                null, List.of(slot(0), slot(20), slot(40), slot(60)))));
    }

    private void submitAndMove(Caller casting, UUID role, int n) throws Throwable {
        // Even-numbered demo talent have a headshot to submit (see DemoData).
        String owner = DemoData.OWNER_PREFIX + String.format("%04d", n * 2);
        Caller talent = new Caller(owner, Set.of(Roles.TALENT));
        UUID headshot = database.preparedQuery("""
                        SELECT i.id FROM portfolio_items i JOIN talent_profiles p ON p.id = i.profile_id WHERE p.owner_id = $1 LIMIT 1""")
                .execute(Tuple.of(owner)).await().atMost(Duration.ofSeconds(10)).iterator().next().getUUID(0);
        UUID submission = await(() -> submissions.submit(talent, role, new SubmissionRequest(List.of(headshot),
                "Available for the whole shoot."))).id();
        if (n <= PATHS.size()) {
            for (SubmissionStatus to : PATHS.get(n - 1)) {
                await(() -> submissions.changeStatus(casting, submission, new StatusChange(to, null)));
            }
        } else if (n == PATHS.size() + 1) {
            await(() -> selfTapes.request(casting, submission, new SelfTapeInvitation("Scene 4 from the sides, one take, eye level.",
                    Instant.now().plus(Duration.ofDays(5)), null)));
        }
    }

    private UUID open(Caller casting, UUID project, RoleDetails details) throws Throwable {
        UUID id = await(() -> roles.create(casting, project, details)).id();
        await(() -> roles.open(casting, id));
        return id;
    }

    private static ProjectDetails project(String title, ProjectType type, String city, boolean confidential) {
        return new ProjectDetails(title, type, confidential ? null : "Northlight Pictures", LocalDate.now().plusMonths(3),
                LocalDate.now().plusMonths(6), List.of(new ProjectLocation(city, "GB")), "MIXED", confidential, null, "en-GB");
    }

    private static RoleDetails role(String name, RoleDetails.RoleKind kind, int ageMin, int ageMax, List<String> genders, String city,
                                    int daysToDeadline) {
        return new RoleDetails(name, kind, name + " carries the story through its hardest winter.",
                new RoleDetails.AgeRange(ageMin, ageMax), genders, List.of(), List.of("en"), List.of(), List.of(),
                new RoleDetails.RoleLocation(city, null, "GB", null, null),
                new RoleDetails.Pay(true, new BigDecimal("450"), "GBP", RoleDetails.PayPeriod.DAY, null),
                RoleDetails.UnionRequirement.ANY, new RoleDetails.Shooting(LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(4)),
                Instant.now().plus(Duration.ofDays(daysToDeadline)).truncatedTo(ChronoUnit.SECONDS), Visibility.PUBLIC,
                List.of(new RoleDetails.MediaRequest(RoleDetails.MediaKind.HEADSHOT, null),
                        new RoleDetails.MediaRequest(RoleDetails.MediaKind.SELF_TAPE, "Scene 4")),
                List.of(new RoleDetails.Sides("Scene 4", "https://docs.example/glass-orchard/sides-4.pdf")),
                new RoleDetails.Rider(RoleDetails.Nudity.NONE, false, null));
    }

    private static SlotPlan.Slot slot(int minutesAfterTen) {
        return new SlotPlan.Slot(LocalDateTime.now().plusDays(14).withHour(10).withMinute(0).withSecond(0).withNano(0)
                .plusMinutes(minutesAfterTen), 20);
    }

    private static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
