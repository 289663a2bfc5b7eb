package app.slate.trust.moderation;

import app.slate.platform.events.ModerationEvents;
import app.slate.platform.events.ModerationEvents.ReportDecided;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reports and the review queue. A report joins the open case of its object (or opens one); each
 * person's report of an object counts once; the case's priority is the most urgent reason plus ten
 * per further reporter. A decision closes the case and tells every reporter how it ended.
 */
@ApplicationScoped
public class ModerationCases {

    /** At most this many reports per person a day: enough for anyone honest, not for flooding the queue. */
    public static final int REPORTS_PER_DAY = 20;

    private static final String REPORTED_TODAY = "SELECT count(*) AS n FROM moderation_reports WHERE reporter = $1 AND created_at > $2";
    private static final String OPEN_CASE = """
            INSERT INTO moderation_cases (id, subject_kind, subject_id, status, priority, reports, first_reported_at, last_reported_at)
            VALUES ($1, $2, $3, 'OPEN', 0, 0, now(), now())
            ON CONFLICT (subject_kind, subject_id) WHERE status = 'OPEN' DO UPDATE SET last_reported_at = now()
            RETURNING id""";
    private static final String ADD_REPORT = """
            INSERT INTO moderation_reports (id, case_id, reporter, reason, details, created_at) VALUES ($1, $2, $3, $4, $5, now())
            ON CONFLICT (case_id, reporter) DO NOTHING""";
    private static final String REASONS = "SELECT reason FROM moderation_reports WHERE case_id = $1";
    private static final String RANK = "UPDATE moderation_cases SET priority = $2, reports = $3 WHERE id = $1";
    private static final String CASE = """
            SELECT id, subject_kind, subject_id, status, priority, reports, first_reported_at, last_reported_at, decided_by, decided_at,
                   decision_note FROM moderation_cases""";
    private static final String REPORTS = "SELECT reporter, reason, details, created_at FROM moderation_reports WHERE case_id = $1 ORDER BY created_at";
    private static final String DECIDE = """
            UPDATE moderation_cases SET status = $2, decided_by = $3, decided_at = now(), decision_note = $4
            WHERE id = $1 AND status = 'OPEN' RETURNING subject_kind""";
    private static final String REPORTERS = "SELECT reporter FROM moderation_reports WHERE case_id = $1";

    private final Pool database;
    private final Outbox outbox;

    public ModerationCases(Pool database, Outbox outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    /** Files the report; answers its case's id. 429 past the daily allowance. */
    public Uni<UUID> report(UUID reporter, ReportRequest report) {
        return database.withTransaction(connection -> connection.preparedQuery(REPORTED_TODAY)
                .execute(Tuple.of(reporter, Instant.now().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)))
                .invoke(rows -> {
                    if (rows.iterator().next().getLong("n") >= REPORTS_PER_DAY) {
                        throw ProblemException.tooManyRequests("You have sent " + REPORTS_PER_DAY
                                + " reports in the last day; our moderators are on them. Try again tomorrow.", Duration.ofHours(1));
                    }
                })
                .chain(() -> connection.preparedQuery(OPEN_CASE).execute(Tuple.of(UUID.randomUUID(), report.kind().name(), report.id())))
                .map(rows -> rows.iterator().next().getUUID("id"))
                .call(caseId -> connection.preparedQuery(ADD_REPORT).execute(Tuple.of(UUID.randomUUID(), caseId, reporter, report.reason().name(),
                        report.details())))
                .call(caseId -> rank(connection, caseId)));
    }

    private Uni<Void> rank(SqlConnection connection, UUID caseId) {
        return connection.preparedQuery(REASONS).execute(Tuple.of(caseId)).chain(rows -> {
            int base = 0;
            int reporters = 0;
            for (Row row : rows) {
                base = Math.max(base, ReportReason.valueOf(row.getString("reason")).basePriority());
                reporters++;
            }
            return connection.preparedQuery(RANK).execute(Tuple.of(caseId, Priority.of(base, reporters), reporters)).replaceWithVoid();
        });
    }

    /** The queue: cases of a status, most urgent first, then the longest waiting. */
    public Uni<List<CaseView>> queue(String status, int limit) {
        return database.preparedQuery(CASE + " WHERE status = $1 ORDER BY priority DESC, first_reported_at LIMIT $2")
                .execute(Tuple.of(status, limit)).map(rows -> {
                    List<CaseView> cases = new ArrayList<>();
                    rows.forEach(row -> cases.add(view(row, List.of())));
                    return cases;
                });
    }

    public Uni<CaseView> one(UUID caseId) {
        return database.preparedQuery(CASE + " WHERE id = $1").execute(Tuple.of(caseId)).chain(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("No moderation case has this id.");
            }
            Row found = rows.iterator().next();
            return database.preparedQuery(REPORTS).execute(Tuple.of(caseId)).map(reports -> {
                List<CaseView.Report> reported = new ArrayList<>();
                reports.forEach(r -> reported.add(new CaseView.Report(r.getUUID("reporter"), ReportReason.valueOf(r.getString("reason")),
                        r.getString("details"), r.getOffsetDateTime("created_at").toInstant())));
                return view(found, reported);
            });
        });
    }

    /** Closes an open case (409 once decided), audited by {@code alongside}; every reporter hears how it ended. */
    public Uni<Void> decide(UUID caseId, UUID moderator, Decision decision, AlongsideChange alongside) {
        return database.withTransaction(connection -> connection.preparedQuery(DECIDE)
                .execute(Tuple.of(caseId, decision.outcome(), moderator, decision.note()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.conflict("This case is decided already, or does not exist.");
                    }
                    String kind = rows.iterator().next().getString("subject_kind");
                    return connection.preparedQuery(REPORTERS).execute(Tuple.of(caseId)).chain(reporters -> {
                        List<UUID> told = new ArrayList<>();
                        reporters.forEach(r -> told.add(r.getUUID("reporter")));
                        return outbox.record(connection, ModerationEvents.REPORT_DECIDED, Map.of(caseId.toString(),
                                new ReportDecided(caseId, kind, "ACTIONED".equals(decision.outcome()), told)));
                    });
                })
                .chain(() -> alongside.write(connection)));
    }

    private static CaseView view(Row row, List<CaseView.Report> reported) {
        return new CaseView(row.getUUID("id"), SubjectKind.valueOf(row.getString("subject_kind")), row.getUUID("subject_id"),
                row.getString("status"), row.getInteger("priority"), row.getInteger("reports"),
                row.getOffsetDateTime("first_reported_at").toInstant(), row.getOffsetDateTime("last_reported_at").toInstant(),
                row.getUUID("decided_by"), row.getOffsetDateTime("decided_at") == null ? null : row.getOffsetDateTime("decided_at").toInstant(),
                row.getString("decision_note"), reported);
    }
}
