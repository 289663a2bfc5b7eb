package app.slate.platform.outbox;

import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Outbox events whose payload names the person (their ids or email), published or not: an event
 * about someone being erased has nobody left to be about, and one still waiting must not re-create
 * what the erasure removed (a profile document, an inbox item). The erasure itself runs through
 * direct deletes, not events, so it leaves no new payloads behind.
 */
@ApplicationScoped
public class OutboxPersonalData implements PersonalData {

    private final Pool database;

    public OutboxPersonalData(Pool database) {
        this.database = database;
    }

    @Override
    public String area() {
        return "outbox";
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        String[] patterns = person.traces().stream().map(trace -> "%" + trace.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toArray(String[]::new);
        return new ErasureSteps()
                .delete("outbox_events", "events naming them", "DELETE FROM outbox_events WHERE payload::text ILIKE ANY($1)", (Object) patterns)
                .run(database);
    }

    @Override
    public JsonNode export(Person person) {
        return null;
    }
}
