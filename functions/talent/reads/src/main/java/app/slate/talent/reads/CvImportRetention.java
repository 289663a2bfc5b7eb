package app.slate.talent.reads;

import app.slate.platform.privacy.OldestRows;
import app.slate.platform.privacy.RetentionRule;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/** A CV import is forgotten 30 days after it was read: what was accepted lives on in the profile, the rest was never wanted. */
@ApplicationScoped
public class CvImportRetention implements RetentionRule {

    private final Pool database;

    public CvImportRetention(Pool database) {
        this.database = database;
    }

    @Override
    public String dataClass() {
        return "CV imports";
    }

    @Override
    public long prune(Instant now) {
        return OldestRows.delete(database, "cv_imports", "id", "expires_at", now.atOffset(ZoneOffset.UTC));
    }
}
