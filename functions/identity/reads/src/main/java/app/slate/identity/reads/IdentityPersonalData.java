package app.slate.identity.reads;

import app.slate.platform.dynamodb.DynamoTraces;
import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.ExportRows;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The account itself, last of all: refresh-token families and their tokens, one-time tokens,
 * known devices, then the row (email, password hash, name, birth date, national id and its
 * verification). Minors whose guardian this was no longer point at them. The access tokens still
 * alive were ended when the erasure began (revoked by a digest of the account id, which names
 * nobody and expires with the last token).
 */
@ApplicationScoped
public class IdentityPersonalData implements PersonalData {

    private final Pool database;
    private final DynamoTraces traces;
    private final Optional<String> refreshTable;

    public IdentityPersonalData(Pool database, DynamoTraces traces,
                                @ConfigProperty(name = "slate.identity.refresh-table") Optional<String> refreshTable) {
        this.database = database;
        this.traces = traces;
        this.refreshTable = refreshTable;
    }

    @Override
    public String area() {
        return "identity";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        List<ErasureLine> lines = new ArrayList<>();
        refreshTable.filter(table -> !table.isBlank()).ifPresent(table -> {
            Set<String> families = new HashSet<>();
            long removed = traces.delete(table, List.of("pk"), item -> {
                boolean theirs = item.containsKey("accountId") && person.subject().equals(item.get("accountId").s());
                if (theirs) {
                    families.add(item.get("pk").s().substring("family#".length()));
                }
                return theirs;
            });
            removed += traces.delete(table, List.of("pk"), item -> item.containsKey("family") && families.contains(item.get("family").s()));
            lines.add(ErasureLine.deleted("dynamodb:refresh-tokens", "sessions and refresh tokens", removed));
        });
        lines.addAll(new ErasureSteps()
                .delete("account_tokens", "email and password-reset links", "DELETE FROM account_tokens WHERE account_id = $1", person.accountId())
                .delete("account_devices", "devices they signed in from", "DELETE FROM account_devices WHERE account_id = $1", person.accountId())
                .anonymise("accounts", "minors' accounts they were guardian of", "UPDATE accounts SET guardian_id = NULL WHERE guardian_id = $1",
                        person.accountId())
                .delete("accounts", "account (email, password, name, birth date, national id)", "DELETE FROM accounts WHERE id = $1",
                        person.accountId())
                .run(database));
        return lines;
    }

    @Override
    public JsonNode export(Person person) {
        return new ExportRows()
                .add("account", """
                        SELECT id, email, roles, display_name, date_of_birth, email_verified_at, guardian_id, guardian_consent_at,
                               guardian_consent_text, national_id_verified_at, national_id_expires_at, suspended_at, suspension_reason,
                               created_at, updated_at
                          FROM accounts WHERE id = $1""", person.accountId())
                .add("minors", "SELECT id, display_name, date_of_birth, created_at FROM accounts WHERE guardian_id = $1", person.accountId())
                .add("devices", "SELECT first_seen, last_seen FROM account_devices WHERE account_id = $1 ORDER BY first_seen", person.accountId())
                .run(database);
    }
}
