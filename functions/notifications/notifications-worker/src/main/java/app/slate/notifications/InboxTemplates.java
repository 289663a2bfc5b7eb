package app.slate.notifications;

import app.slate.notifications.billing.BillingNotice;
import app.slate.platform.events.CastingEvents.AuditionChanged;
import app.slate.platform.events.CastingEvents.RoleInvited;
import app.slate.platform.events.CastingEvents.SelfTapeExpired;
import app.slate.platform.events.CastingEvents.SelfTapeRequested;
import app.slate.platform.events.CastingEvents.SubmissionStatusChanged;
import app.slate.platform.events.ModerationEvents.ReportDecided;
import app.slate.platform.events.ModerationEvents.TakenDown;
import app.slate.platform.events.SearchEvents.SearchMatched;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The words of each inbox item, from the event's facts. One template per event type. */
final class InboxTemplates {

    record Message(String title, String body, String link) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final Map<String, String> STATUS_TITLES = Map.of(
            "VIEWED", "Your submission was viewed",
            "SHORTLISTED", "You've been shortlisted",
            "SELF_TAPE_REQUESTED", "Self-tape requested",
            "CALLBACK", "You've got a callback",
            "OFFERED", "You've got an offer",
            "BOOKED", "You're booked",
            "DECLINED", "Not this time",
            "WITHDRAWN", "A submission was withdrawn");

    private InboxTemplates() {
    }

    static Message invited(RoleInvited p) {
        return new Message("You're invited to submit for " + p.roleName(),
                p.projectTitle() + " · submissions close " + DAY.format(p.deadline().atZone(ZoneId.of("UTC"))), "/roles/" + p.roleId());
    }

    static Message statusChanged(SubmissionStatusChanged p) {
        return new Message(STATUS_TITLES.getOrDefault(p.to(), "Your submission was updated"), p.roleName() + " · " + p.projectTitle(),
                "/submissions/" + p.submissionId());
    }

    static Message selfTapeRequested(SelfTapeRequested p) {
        return new Message("Self-tape requested for " + p.roleName(), p.projectTitle() + " · due by " + when(p.deadline(), "UTC"),
                "/submissions/" + p.submissionId());
    }

    static Message selfTapeExpired(SelfTapeExpired p) {
        return new Message("Self-tape request closed: " + p.roleName(), p.projectTitle() + " · it was due by " + when(p.deadline(), "UTC"),
                "/submissions/" + p.submissionId());
    }

    static Message audition(AuditionChanged p, boolean booked) {
        return new Message((p.round() > 1 ? "Callback " : "Audition ") + (booked ? "booked: " : "cancelled: ") + p.roleName(),
                when(p.startsAt(), p.timeZone() == null ? "UTC" : p.timeZone()) + " · "
                        + ("VIRTUAL".equals(p.mode()) ? "online" : "in person") + " · " + p.projectTitle(),
                "/submissions/" + p.submissionId());
    }

    private static String when(Instant instant, String zone) {
        return WHEN.format(instant.atZone(ZoneId.of(zone)));
    }

    /** A reporter hears how their report ended; nothing about who else reported or what exactly was done. */
    static Message reportDecided(ReportDecided p) {
        String what = switch (p.subjectKind()) {
            case "ROLE" -> "casting call";
            case "ACCOUNT" -> "account";
            case "MEDIA" -> "photo or video";
            default -> "profile";
        };
        return new Message("Your report was reviewed", p.actioned()
                ? "Thank you. Our moderators took action on the " + what + " you reported."
                : "Thank you. Our moderators reviewed the " + what + " you reported and found no breach of Slate's rules.", "/reports");
    }

    /** A role's owner hears that moderators took it down, and why. */
    static Message takenDown(TakenDown p) {
        return new Message("\"" + p.what() + "\" was taken down", "Our moderators took it down: " + p.reason()
                + ". Contact support if you think this is a mistake.", ("MEDIA".equals(p.kind()) ? "/media/" : "/roles/") + p.objectId());
    }

    static Message searchMatched(SearchMatched p) {
        return new Message("New match for \"" + p.searchName() + "\"", p.title(),
                ("TALENT".equals(p.kind()) ? "/talents/" : "/roles/") + p.objectId());
    }

    static Message billing(BillingNotice notice) {
        return new Message(notice.inboxTitle(), notice.inboxBody(), "/billing");
    }
}
