package app.slate.ingestion.api;

import app.slate.casting.project.ProjectDetails;
import app.slate.casting.project.ProjectLocation;
import app.slate.casting.project.ProjectService;
import app.slate.casting.project.ProjectType;
import app.slate.casting.role.RoleDetails;
import app.slate.casting.role.RoleService;
import app.slate.casting.role.RoleView;
import app.slate.casting.role.Visibility;
import app.slate.ingestion.CastingCallDraft;
import app.slate.ingestion.IngestionMessage;
import app.slate.platform.ai.dedupe.ContentHash;
import app.slate.platform.events.AuditAction;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The admins' side of casting-call ingestion: posting raw text (read asynchronously by
 * casting-call-ingest), and the validation queue, where a draft is corrected, rejected, or
 * approved into an open public role on the board (its own project, owned by the approving admin,
 * with the poster's contact details in the breakdown).
 */
@ApplicationScoped
public class IngestionService {

    private static final int QUEUE_PAGE = 50;
    private static final Duration DEFAULT_DEADLINE = Duration.ofDays(14);

    private final Outbox outbox;
    private final ProjectService projects;
    private final RoleService roles;
    private final AuditTrail audit;

    public IngestionService(Outbox outbox, ProjectService projects, RoleService roles, AuditTrail audit) {
        this.outbox = outbox;
        this.projects = projects;
        this.roles = roles;
        this.audit = audit;
    }

    /** Queued for casting-call-ingest, which reads it with Slate's rules, refined by Bedrock's model when one is configured. */
    @WithTransaction
    public Uni<IngestionMessage> receive(Caller caller, IngestionRequest request) {
        IngestionMessage message = new IngestionMessage();
        message.id = UUID.randomUUID();
        message.source = request.source();
        message.sourceRef = request.sourceRef();
        message.body = request.text();
        message.contentHash = ContentHash.of(request.text());
        message.status = "RECEIVED";
        message.receivedBy = caller.userId();
        message.receivedAt = Instant.now();
        return message.<IngestionMessage>persist().call(() -> outbox.record(CastingEvents.INGESTION_RECEIVED, message.id.toString(), new CastingEvents.IngestionReceived(message.id)));
    }

    /** The queue: best first (quality, then the most often seen), then oldest. */
    @WithSession
    public Uni<List<DraftView>> queue(String status) {
        return CastingCallDraft.<CastingCallDraft>find("status = ?1 order by quality desc, duplicates desc, createdAt", status)
                .page(0, QUEUE_PAGE).list().map(drafts -> drafts.stream().map(DraftView::of).toList());
    }

    @WithSession
    public Uni<DraftView> get(UUID draftId) {
        return draft(draftId).map(DraftView::of);
    }

    @WithTransaction
    public Uni<DraftView> edit(UUID draftId, DraftChanges c) {
        return pending(draftId).map(d -> {
            Integer min = c.ageMin() != null ? c.ageMin() : d.ageMin;
            Integer max = c.ageMax() != null ? c.ageMax() : d.ageMax;
            if (min != null && max != null && min > max) {
                throw ProblemException.invalid("ageMax", "must not be below ageMin");
            }
            d.title = c.title() != null ? c.title() : d.title;
            d.company = c.company() != null ? c.company() : d.company;
            d.projectType = c.projectType() != null ? c.projectType() : d.projectType;
            d.city = c.city() != null ? c.city() : d.city;
            d.country = c.country() != null ? c.country() : d.country;
            d.startsOn = c.startsOn() != null ? c.startsOn() : d.startsOn;
            d.endsOn = c.endsOn() != null ? c.endsOn() : d.endsOn;
            d.deadline = c.deadline() != null ? c.deadline() : d.deadline;
            d.ageMin = min;
            d.ageMax = max;
            d.genders = c.genders() != null ? new CastingCallDraft.Genders(List.copyOf(c.genders())) : d.genders;
            d.payAmount = c.payAmount() != null ? c.payAmount() : d.payAmount;
            d.payCurrency = c.payCurrency() != null ? c.payCurrency() : d.payCurrency;
            d.payPeriod = c.payPeriod() != null ? c.payPeriod() : d.payPeriod;
            d.requirements = c.requirements() != null ? c.requirements() : d.requirements;
            d.contact = c.contact() != null ? c.contact() : d.contact;
            d.description = c.description() != null ? c.description() : d.description;
            return DraftView.of(d);
        });
    }

    @WithTransaction
    public Uni<DraftView> reject(Caller caller, UUID draftId, Rejection rejection) {
        return pending(draftId).map(d -> {
            review(d, caller, "REJECTED", rejection.reason());
            return DraftView.of(d);
        }).call(() -> audit.record(caller, AuditAction.CASTING_CALL_DECIDED, null, "casting-call-draft:" + draftId, "rejected"));
    }

    /** The call becomes an open, public role on the board, in a project of its own. */
    @WithTransaction
    public Uni<RoleView> approve(Caller caller, UUID draftId) {
        return pending(draftId).chain(d -> {
            if (d.city == null || d.country == null) {
                throw ProblemException.unprocessable("location-required",
                        "The draft has no city or country; set them (PATCH the draft) before approving it.");
            }
            Instant deadline = d.deadline != null && d.deadline.isAfter(Instant.now()) ? d.deadline
                    : Instant.now().plus(DEFAULT_DEADLINE).truncatedTo(ChronoUnit.SECONDS);
            // Dates the model read back to front are left out rather than refused.
            boolean reversed = d.startsOn != null && d.endsOn != null && d.endsOn.isBefore(d.startsOn);
            ProjectDetails project = new ProjectDetails(d.company != null ? d.company + ": " + d.title : d.title,
                    ProjectType.valueOf(d.projectType), d.company, reversed ? null : d.startsOn, reversed ? null : d.endsOn,
                    List.of(new ProjectLocation(d.city, d.country)), "MIXED", false, null, localeOf(d));
            return projects.create(caller, project)
                    .chain(created -> roles.create(caller, created.id(), role(d, deadline)))
                    .chain(role -> roles.open(caller, role.id()))
                    .invoke(opened -> {
                        review(d, caller, "APPROVED", null);
                        d.roleId = opened.id();
                    })
                    .call(opened -> audit.record(caller, AuditAction.CASTING_CALL_DECIDED, null, "casting-call-draft:" + draftId,
                            "approved as role " + opened.id()));
        });
    }

    private static RoleDetails role(CastingCallDraft d, Instant deadline) {
        List<String> description = new ArrayList<>();
        description.add(d.description == null || d.description.isBlank() ? d.title : d.description);
        if (d.requirements != null) {
            description.add("Requirements: " + d.requirements);
        }
        if (d.payText != null) {
            description.add("Pay: " + d.payText);
        }
        if (d.contact != null) {
            description.add("To apply: " + d.contact);
        }
        String text = String.join("\n\n", description);
        boolean paid = d.payAmount != null && d.payCurrency != null && d.payPeriod != null;
        int min = d.ageMin == null ? 18 : d.ageMin;
        return new RoleDetails(d.title.length() > 120 ? d.title.substring(0, 120) : d.title, RoleDetails.RoleKind.OTHER,
                text.length() > 4000 ? text.substring(0, 4000) : text,
                new RoleDetails.AgeRange(min, d.ageMax == null ? Math.max(min, 80) : d.ageMax),
                d.genders == null ? List.of() : d.genders.items(), List.of(), List.of(), List.of(), List.of(),
                new RoleDetails.RoleLocation(d.city, null, d.country, null, null),
                paid ? new RoleDetails.Pay(true, d.payAmount, d.payCurrency, RoleDetails.PayPeriod.valueOf(d.payPeriod), d.payText)
                        : new RoleDetails.Pay(false, null, null, null, d.payText),
                RoleDetails.UnionRequirement.ANY,
                d.startsOn != null && d.endsOn != null && !d.endsOn.isBefore(d.startsOn) ? new RoleDetails.Shooting(d.startsOn, d.endsOn) : null,
                deadline, Visibility.PUBLIC, List.of(new RoleDetails.MediaRequest(RoleDetails.MediaKind.HEADSHOT, null)), List.of(),
                new RoleDetails.Rider(RoleDetails.Nudity.NONE, false, null));
    }

    private static void review(CastingCallDraft d, Caller caller, String status, String note) {
        d.status = status;
        d.reviewNote = note;
        d.reviewedBy = caller.userId();
        d.reviewedAt = Instant.now();
    }

    private static Uni<CastingCallDraft> draft(UUID draftId) {
        return CastingCallDraft.<CastingCallDraft>findById(draftId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Draft casting call not found"));
    }

    private static Uni<CastingCallDraft> pending(UUID draftId) {
        return draft(draftId).map(d -> {
            if (!"PENDING".equals(d.status)) {
                throw ProblemException.conflict("This draft was already " + d.status.toLowerCase() + ".");
            }
            return d;
        });
    }

    /**
     * A call posted in Arabic makes an Arabic project of its country (fliers right to left, the
     * country's digits); any other, English.
     */
    private static String localeOf(CastingCallDraft d) {
        String text = d.title + " " + (d.description == null ? "" : d.description);
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return arabic * 2 > letters ? "ar-" + d.country : "en";
    }
}
