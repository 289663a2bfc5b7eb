package app.slate.trust.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as moderators see it: the object reported, how urgent, its reports (for one case), and the decision once made. */
public record CaseView(UUID id, SubjectKind kind, UUID subjectId, String status, int priority, int reports, Instant firstReportedAt,
                       Instant lastReportedAt, UUID decidedBy, Instant decidedAt, String decisionNote, List<Report> reported) {

    public record Report(UUID reporter, ReportReason reason, String details, Instant at) {
    }
}
