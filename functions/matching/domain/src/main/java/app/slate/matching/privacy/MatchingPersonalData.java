package app.slate.matching.privacy;

import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Matching's rows about a person: teams' feedback on them as a match (with its scores) goes; where
 * they gave feedback or tuned weights for a team, the team keeps it under a tombstone. Their match
 * documents and embeddings leave OpenSearch with the search documents (platform search). Nothing
 * here is theirs to read: feedback is the team's judgement, and the match index is derived from the
 * profile they export.
 */
@ApplicationScoped
public class MatchingPersonalData implements PersonalData {

    private final Pool database;

    public MatchingPersonalData(Pool database) {
        this.database = database;
    }

    @Override
    public String area() {
        return "matching";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        return new ErasureSteps()
                .delete("match_feedback", "teams' feedback on them as a match", "DELETE FROM match_feedback WHERE profile_id = $1",
                        person.profileId())
                .anonymise("match_feedback", "feedback they gave for a team", "UPDATE match_feedback SET decided_by = $2 WHERE decided_by = $1",
                        person.subject(), person.tombstone())
                .anonymise("match_weights", "weights they set for a team", "UPDATE match_weights SET updated_by = $2 WHERE updated_by = $1",
                        person.subject(), person.tombstone())
                .run(database);
    }

    @Override
    public JsonNode export(Person person) {
        return null;
    }
}
