package app.slate.talent.reads;

import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.ExportRows;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A person's talent profile, portfolio and CV imports: exported whole, erased whole (nothing of a profile is kept). */
@ApplicationScoped
public class TalentPersonalData implements PersonalData {

    private final Pool database;

    public TalentPersonalData(Pool database) {
        this.database = database;
    }

    @Override
    public String area() {
        return "talent";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        return new ErasureSteps()
                .delete("cv_imports", "CV imports", "DELETE FROM cv_imports WHERE owner_id = $1", person.subject())
                .delete("portfolio_items", "portfolio items",
                        "DELETE FROM portfolio_items WHERE profile_id IN (SELECT id FROM talent_profiles WHERE owner_id = $1)", person.subject())
                .delete("talent_profiles", "talent profile", "DELETE FROM talent_profiles WHERE owner_id = $1", person.subject())
                .run(database);
    }

    @Override
    public JsonNode export(Person person) {
        return new ExportRows()
                .add("profile", """
                        SELECT id, published, display_name, date_of_birth, country, union_status, details, created_at, updated_at
                          FROM talent_profiles WHERE owner_id = $1""", person.subject())
                .add("portfolio", """
                        SELECT i.id, i.kind, i.title, i.media_asset_id, i.external_url, i.position, i.is_primary, i.created_at
                          FROM portfolio_items i JOIN talent_profiles p ON p.id = i.profile_id WHERE p.owner_id = $1
                         ORDER BY i.position""", person.subject())
                .add("cvImports", "SELECT id, format, proposals -> 'items' AS proposals, unread -> 'lines' AS unread, created_at, expires_at FROM cv_imports WHERE owner_id = $1 ORDER BY created_at",
                        person.subject())
                .run(database);
    }
}
