package app.slate.scripts.reads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The breakdown of the character a role was drafted from, for the contexts that help a talent
 * prepare for it. Scripts owns and writes these tables; this is the only way in from outside.
 */
@ApplicationScoped
public class ScriptCharacters {

    /** A speaking character as script analysis broke it down: the scenes they are in, their lines, how the script introduces them. */
    public record RoleCharacter(String scriptTitle, String name, int lines, int words, List<Integer> scenes, int firstScene,
                                String introduction, List<String> sampleLines) {
    }

    private static final String OF_ROLE = """
            SELECT s.title, c::text AS breakdown
              FROM script_role_drafts d
              JOIN scripts s ON s.id = d.script_id
              CROSS JOIN LATERAL jsonb_array_elements(s.characters -> 'items') c
             WHERE d.role_id = $1 AND c ->> 'name' = d.character_name
             LIMIT 1""";

    private final Pool database;
    private final ObjectMapper json;

    public ScriptCharacters(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The character the role was drafted from, or null when the role was written by hand. */
    public Uni<RoleCharacter> ofRole(UUID roleId) {
        return database.preparedQuery(OF_ROLE).execute(Tuple.of(roleId)).map(rows -> rows.size() == 0 ? null : character(rows.iterator().next()));
    }

    private RoleCharacter character(Row row) {
        JsonNode c;
        try {
            c = json.readTree(row.getString("breakdown"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored breakdown is not JSON", e);
        }
        List<Integer> scenes = new ArrayList<>();
        c.path("scenes").forEach(n -> scenes.add(n.asInt()));
        List<String> lines = new ArrayList<>();
        c.path("sampleLines").forEach(n -> lines.add(n.asText()));
        return new RoleCharacter(row.getString("title"), c.path("name").asText(), c.path("lines").asInt(), c.path("words").asInt(), scenes,
                c.path("firstScene").asInt(), c.path("introduction").isTextual() ? c.path("introduction").asText() : null, lines);
    }
}
