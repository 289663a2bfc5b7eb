package app.slate.trust.privacy;

import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.ExportRows;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The trust context's rows about a person. The audit log is erased by crypto-shredding: their
 * pseudonym and sealing key go, so every entry about them stays in the chain (its hash unchanged,
 * the chain still verifies) but leads to nobody and its sealed fields can no longer be read.
 * Consents, reports they made and cases about them go; decisions they made as a moderator stay
 * under a tombstone. Their exports (rows and objects) are deleted by the erasure itself.
 */
@ApplicationScoped
public class TrustPersonalData implements PersonalData {

    private static final String PSEUDONYM = "(SELECT pseudonym FROM audit_people WHERE account_id = $1)";
    private static final String CASES_ABOUT = "SELECT id FROM moderation_cases WHERE subject_id = $1 OR subject_id = $2";

    private final Pool database;

    public TrustPersonalData(Pool database) {
        this.database = database;
    }

    @Override
    public String area() {
        return "trust";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        return new ErasureSteps()
                .delete("moderation_reports", "reports they made, and reports about them",
                        "DELETE FROM moderation_reports WHERE reporter = $1 OR case_id IN (" + CASES_ABOUT + ")", person.accountId(),
                        person.profileId())
                .delete("moderation_cases", "moderation cases about them", "DELETE FROM moderation_cases WHERE subject_id = $1 OR subject_id = $2",
                        person.accountId(), person.profileId())
                .anonymise("moderation_cases", "decisions they made as a moderator",
                        "UPDATE moderation_cases SET decided_by = $2 WHERE decided_by = $1", person.accountId(), person.tombstoneId())
                .delete("consent_records", "consents given and withdrawn", "DELETE FROM consent_records WHERE account_id = $1", person.accountId())
                .delete("audit_people", "their audit pseudonym and sealing key (entries about them now lead to nobody)",
                        "DELETE FROM audit_people WHERE account_id = $1", person.accountId())
                .run(database);
    }

    @Override
    public JsonNode export(Person person) {
        return new ExportRows()
                .add("consents", "SELECT purpose, version, given, source, at FROM consent_records WHERE account_id = $1 ORDER BY at", person.accountId())
                .add("reportsMade", """
                        SELECT r.reason, r.details, r.created_at, c.subject_kind, c.status FROM moderation_reports r
                          JOIN moderation_cases c ON c.id = r.case_id WHERE r.reporter = $1 ORDER BY r.created_at""", person.accountId())
                .add("auditLog", """
                        SELECT at, action, target_kind, (subject = %s) AS about_you, (actor = %s) AS by_you FROM audit_log
                         WHERE subject = %s OR actor = %s OR acting_guardian = %s ORDER BY seq""".formatted(PSEUDONYM, PSEUDONYM, PSEUDONYM, PSEUDONYM,
                        PSEUDONYM), person.accountId())
                .add("exports", "SELECT id, status, requested_at, ready_at, expires_at FROM data_exports WHERE account_id = $1 ORDER BY requested_at",
                        person.accountId())
                .run(database);
    }
}
