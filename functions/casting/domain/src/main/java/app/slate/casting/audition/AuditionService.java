package app.slate.casting.audition;

import app.slate.casting.reads.Access;
import app.slate.casting.project.Project;
import app.slate.casting.project.ProjectTeam;
import app.slate.casting.role.CastingRole;
import app.slate.casting.role.TeamRole;
import app.slate.casting.submission.Submission;
import app.slate.casting.submission.SubmissionStatus;
import app.slate.identity.account.ActingTalent;
import app.slate.platform.auth.Caller;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.EventType;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Audition slots: planned by the team, booked by the talent (or by the team for them),
 * rescheduled and cancelled. A booking is one conditional UPDATE that succeeds only while the
 * slot is free, so of any number of concurrent requests for a slot exactly one wins; a unique
 * index keeps a submission to one live slot per round.
 */
@ApplicationScoped
public class AuditionService {

    private static final String TAKE = "submissionId = ?1, bookedBy = ?2, bookedAt = ?3, version = version + 1"
            + " where id = ?4 and submissionId is null and cancelledAt is null and startsAt > ?3";
    private static final String RELEASE = "submissionId = null, bookedBy = null, bookedAt = null, version = version + 1"
            + " where id = ?1 and submissionId = ?2";

    private final Outbox outbox;

    public AuditionService(Outbox outbox) {
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<List<SlotView>> plan(Caller caller, UUID roleId, SlotPlan plan) {
        ZoneId zone = zone("timeZone", plan.timeZone());
        check(plan, zone);
        return TeamRole.require(caller, roleId, Access.EDITOR).chain(team -> {
            List<AuditionSlot> slots = new ArrayList<>();
            for (SlotPlan.Slot planned : plan.slots()) {
                AuditionSlot slot = new AuditionSlot();
                slot.id = UUID.randomUUID();
                slot.roleId = roleId;
                slot.round = plan.round();
                slot.startsAt = planned.startsAt().atZone(zone).toInstant();
                slot.durationMinutes = planned.durationMinutes();
                slot.mode = plan.mode().name();
                slot.timeZone = zone.getId();
                slot.location = plan.location();
                slot.meetingUrl = plan.meetingUrl();
                slot.createdBy = caller.userId();
                slot.createdAt = Instant.now();
                slots.add(slot);
            }
            return AuditionSlot.persist(slots).map(ignored -> slots.stream().map(s -> SlotView.of(s, zone, true)).toList());
        });
    }

    /**
     * The team sees every slot of the role; a talent in contention sees the free upcoming slots of
     * the rounds open to them, and their own booking.
     */
    @WithSession
    public Uni<List<SlotView>> ofRole(Caller caller, UUID roleId, String viewerZone) {
        ZoneId zone = viewerZone == null ? null : zone("timeZone", viewerZone);
        return TeamRole.require(caller, roleId, Access.VIEWER)
                .chain(team -> AuditionSlot.<AuditionSlot>list("roleId = ?1 order by round, startsAt", roleId))
                .map(slots -> slots.stream().map(s -> SlotView.of(s, zone, true)).toList())
                .onFailure(ProblemException.class).recoverWithUni(failure -> forTalent(caller, roleId, zone, (ProblemException) failure));
    }

    @WithTransaction
    public Uni<SlotView> book(Caller caller, UUID slotId, UUID submissionId) {
        return slot(slotId).chain(slot -> bookable(caller, slot, submissionId)
                .chain(submission -> take(caller, slot, submission))
                .chain(submission -> announce(CastingEvents.AUDITION_BOOKED, slot, submission, caller))
                .chain(() -> refreshed(slot)));
    }

    /** Gives up a booking: the talent their own, the team anyone's. The slot is free again. */
    @WithTransaction
    public Uni<SlotView> cancelBooking(Caller caller, UUID slotId) {
        return slot(slotId).chain(slot -> {
            if (slot.submissionId == null) {
                throw ProblemException.conflict("This slot is not booked.");
            }
            return Submission.<Submission>findById(slot.submissionId)
                    .call(submission -> mayActFor(caller, slot, submission))
                    .call(submission -> AuditionSlot.update(RELEASE, slot.id, submission.id))
                    .call(submission -> announce(CastingEvents.AUDITION_CANCELLED, slot, submission, caller))
                    .chain(() -> refreshed(slot));
        });
    }

    /** Moves a booking to another free slot of the same role and round, all or nothing. */
    @WithTransaction
    public Uni<SlotView> reschedule(Caller caller, UUID slotId, UUID toSlotId) {
        return slot(slotId).chain(from -> slot(toSlotId).chain(to -> {
            if (from.submissionId == null) {
                throw ProblemException.conflict("This slot is not booked.");
            }
            if (!to.roleId.equals(from.roleId) || to.round != from.round) {
                throw ProblemException.invalid("toSlotId", "must be a slot of the same role and round");
            }
            return Submission.<Submission>findById(from.submissionId)
                    .call(submission -> mayActFor(caller, from, submission))
                    .call(submission -> AuditionSlot.update(RELEASE, from.id, submission.id))
                    .call(submission -> take(caller, to, submission))
                    .call(submission -> announce(CastingEvents.AUDITION_BOOKED, to, submission, caller))
                    .chain(() -> refreshed(to));
        }));
    }

    /** The team withdraws a slot; whoever held it is told. */
    @WithTransaction
    public Uni<SlotView> cancelSlot(Caller caller, UUID slotId) {
        return slot(slotId).chain(slot -> TeamRole.require(caller, slot.roleId, Access.EDITOR).chain(team -> {
            if (slot.cancelledAt != null) {
                return Uni.createFrom().item(SlotView.of(slot, null, true));
            }
            slot.cancelledAt = Instant.now();
            slot.version++;
            Uni<Void> told = slot.submissionId == null ? Uni.createFrom().voidItem()
                    : Submission.<Submission>findById(slot.submissionId).chain(s -> announce(CastingEvents.AUDITION_CANCELLED, slot, s, caller));
            return told.map(ignored -> SlotView.of(slot, null, true));
        }));
    }

    private Uni<List<SlotView>> forTalent(Caller caller, UUID roleId, ZoneId zone, ProblemException notTeam) {
        return Submission.<Submission>find("roleId = ?1 and talentId = ?2 and status <> 'WITHDRAWN'", roleId, caller.userId())
                .firstResult()
                .chain(submission -> {
                    if (submission == null) {
                        return Uni.createFrom().failure(notTeam);
                    }
                    int highestRound = submission.status() == SubmissionStatus.CALLBACK ? Integer.MAX_VALUE : 1;
                    return AuditionSlot.<AuditionSlot>list("roleId = ?1 and cancelledAt is null and ((submissionId is null"
                                    + " and startsAt > ?2 and round <= ?3 and ?4 = true) or submissionId = ?5) order by round, startsAt",
                            roleId, Instant.now(), highestRound, submission.status().inContention(), submission.id)
                            .map(slots -> slots.stream().map(s -> SlotView.of(s, zone, submission.id.equals(s.submissionId))).toList());
                });
    }

    /**
     * Which submission the caller may book into this slot: the talent their own while in
     * contention (round 1, or any round once called back); the role's editors any.
     */
    private static Uni<Submission> bookable(Caller caller, AuditionSlot slot, UUID submissionId) {
        return Submission.<Submission>find("id = ?1 and roleId = ?2", submissionId, slot.roleId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.invalid("submissionId", "is not a submission to this role"))
                .call(submission -> mayActFor(caller, slot, submission))
                .invoke(submission -> {
                    if (!submission.status().inContention()) {
                        throw ProblemException.conflict("A " + submission.status.toLowerCase() + " submission cannot be booked.");
                    }
                    if (slot.round > 1 && submission.talentId.equals(caller.userId()) && submission.status() != SubmissionStatus.CALLBACK) {
                        throw ProblemException.forbidden("Callback slots are for talent called back.");
                    }
                });
    }

    private static Uni<Void> mayActFor(Caller caller, AuditionSlot slot, Submission submission) {
        if (submission.talentId.equals(caller.userId())) {
            return ActingTalent.check(caller, "Submissions");
        }
        return TeamRole.require(caller, slot.roleId, Access.EDITOR).replaceWithVoid();
    }

    private static Uni<Submission> take(Caller caller, AuditionSlot slot, Submission submission) {
        return AuditionSlot.update(TAKE, submission.id, caller.actingPerson(), Instant.now(), slot.id).map(updated -> {
            if (updated == 0) {
                throw new ProblemException(Problem.of("slot-taken", "Slot not available", 409,
                        "This slot has just been taken, cancelled, or has already started; choose another.", List.of()));
            }
            return submission;
        });
    }

    /** The talent and the team hear of it, except whoever did it. */
    private Uni<Void> announce(EventType<CastingEvents.AuditionChanged> type, AuditionSlot slot, Submission submission, Caller caller) {
        return CastingRole.<CastingRole>findById(slot.roleId).chain(role -> Project.<Project>findById(role.projectId)
                .chain(project -> ProjectTeam.memberIds(project).chain(team -> {
                    List<String> attendees = new ArrayList<>(team);
                    attendees.add(submission.talentId);
                    attendees.add(caller.userId());
                    List<String> everyone = attendees.stream().distinct().toList();
                    List<String> recipients = everyone.stream()
                            .filter(id -> !id.equals(caller.userId()) && !id.equals(caller.actingPerson())).toList();
                    return outbox.record(type, slot.id.toString(),
                            new CastingEvents.AuditionChanged(slot.id, submission.id, submission.talentId, role.name, project.publicTitle(), slot.round,
                                    slot.startsAt, slot.durationMinutes, slot.timeZone, slot.mode, slot.location, slot.meetingUrl,
                                    recipients, everyone));
                }))).replaceWithVoid();
    }

    private static Uni<AuditionSlot> slot(UUID slotId) {
        return AuditionSlot.<AuditionSlot>findById(slotId).onItem().ifNull().failWith(() -> ProblemException.notFound("Audition slot not found"));
    }

    private static Uni<SlotView> refreshed(AuditionSlot slot) {
        return Panache.getSession().chain(session -> session.refresh(slot)).map(ignored -> SlotView.of(slot, null, true));
    }

    private static void check(SlotPlan plan, ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < plan.slots().size(); i++) {
            if (!plan.slots().get(i).startsAt().atZone(zone).toInstant().isAfter(now)) {
                errors.add(new FieldError("slots[" + i + "].startsAt", "must be in the future"));
            }
        }
        if (plan.mode() == AuditionSlot.Mode.IN_PERSON && (plan.location() == null || plan.location().isBlank())) {
            errors.add(new FieldError("location", "an in-person audition needs a location"));
        }
        if (plan.mode() == AuditionSlot.Mode.VIRTUAL && (plan.meetingUrl() == null || !plan.meetingUrl().startsWith("https://"))) {
            errors.add(new FieldError("meetingUrl", "a virtual audition needs an https meeting link"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static ZoneId zone(String field, String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw ProblemException.invalid(field, "must be an IANA time zone such as Europe/London");
        }
    }
}
