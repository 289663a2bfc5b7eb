package app.slate.notifications.digest;

import app.slate.notifications.casting.CastingMessages;
import app.slate.notifications.casting.CastingMessages.Cause;
import app.slate.notifications.email.EmailConfig;
import app.slate.notifications.schedule.Due;
import app.slate.notifications.schedule.Schedule;
import app.slate.notifications.schedule.Waiting;
import app.slate.platform.events.CastingEvents.SubmissionStatusChanged;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * New submissions reach a casting team as one digest per member, not one email each: the first
 * submission after a quiet spell opens a window (an hour unless configured otherwise), every
 * submission that arrives in it joins, and when it ends the member gets one email counting them
 * per role. A submission delivered twice is counted once. The next submission opens the next window.
 */
@ApplicationScoped
public class SubmissionDigests {

    private final Schedule schedule;
    private final CastingMessages emails;
    private final EmailConfig links;
    private final Duration window;

    public SubmissionDigests(Schedule schedule, CastingMessages emails, EmailConfig links,
                             @ConfigProperty(name = "slate.notifications.digest-window") Duration window) {
        this.schedule = schedule;
        this.emails = emails;
        this.links = links;
        this.window = window;
    }

    /** A submission arrived: it joins the open digest of each team member, or opens one. */
    public void gather(SubmissionStatusChanged submitted, Instant now) {
        Map<String, String> entry = Map.of("roleId", submitted.roleId().toString(), "roleName", submitted.roleName(),
                "projectTitle", submitted.projectTitle());
        for (String member : submitted.recipients()) {
            schedule.gather(Waiting.DIGEST, "digest:" + member, now.plus(window), submitted.submissionId().toString(), entry);
        }
    }

    /** A digest whose window ended. */
    public void send(Due due, Instant now) {
        String member = due.key().substring("digest:".length());
        JsonNode entries = schedule.payload(due, JsonNode.class).path("entries");
        emails.submissionsDigest(new Cause(due.id(), "notifications.digest"), member, entries.size(),
                perRole(entries, roleId -> links.link("/roles/" + roleId + "/submissions")), now);
    }

    /** One row per role, by project then role: its name, project, how many arrived, and its link. */
    static List<Map<String, String>> perRole(JsonNode entries, Function<String, String> link) {
        Map<String, List<JsonNode>> byRole = new LinkedHashMap<>();
        entries.forEach(entry -> byRole.computeIfAbsent(entry.path("roleId").asText(), id -> new ArrayList<>()).add(entry));
        List<Map<String, String>> rows = new ArrayList<>();
        byRole.forEach((roleId, submissions) -> rows.add(Map.of(
                "role", submissions.get(0).path("roleName").asText(),
                "project", submissions.get(0).path("projectTitle").asText(),
                "count", String.valueOf(submissions.size()),
                "link", link.apply(roleId))));
        rows.sort(Comparator.<Map<String, String>, String>comparing(row -> row.get("project")).thenComparing(row -> row.get("role")));
        return rows;
    }
}
