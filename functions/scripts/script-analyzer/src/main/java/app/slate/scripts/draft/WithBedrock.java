package app.slate.scripts.draft;

import app.slate.platform.ai.llm.Llm;
import app.slate.scripts.breakdown.CharacterBreakdown;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Asks Bedrock's chat model for a character's playing age, gender and a casting description,
 * from the introduction and a few of their lines. The kind stays the script's arithmetic; any
 * answer the model leaves out or gets wrong keeps what the introduction gave.
 */
public final class WithBedrock {

    private static final Set<String> GENDERS = Set.of("FEMALE", "MALE", "NON_BINARY");
    private static final String SYSTEM = """
            You are a casting assistant writing role breakdowns from a screenplay. Answer with one JSON object only:
            {"ageMin": integer or null, "ageMax": integer or null, "gender": "FEMALE" | "MALE" | "NON_BINARY" | null,
             "description": "two or three sentences a casting director would post: who the character is, their arc, what the part needs"}.
            Use only what the script says or clearly implies; use null when it does not say.""";

    /** Ages, a gender and a few sentences of description: a short JSON answer. */
    private static final Llm.Purpose PURPOSE = new Llm.Purpose("script-draft", 500);

    private WithBedrock() {
    }

    public static RoleDraft refine(Llm llm, String account, RoleDraft draft, CharacterBreakdown c, String scriptTitle) {
        String prompt = "Screenplay: " + scriptTitle + "\nCharacter: " + c.name() + "\nSpeeches: " + c.lines() + " in "
                + c.scenes().size() + " scene(s)\nIntroduction: " + (c.introducedAs() == null ? "(none)" : c.introducedAs())
                + "\nSome of their lines:\n" + String.join("\n", c.sampleLines().stream().map(l -> "- " + l).toList());
        JsonNode answer = llm.completeJson(PURPOSE, account, SYSTEM, prompt);
        Integer ageMin = age(answer.path("ageMin"));
        Integer ageMax = age(answer.path("ageMax"));
        boolean agesValid = ageMin != null && ageMax != null && ageMin <= ageMax;
        String gender = answer.path("gender").isTextual() && GENDERS.contains(answer.path("gender").asText()) ? answer.path("gender").asText() : draft.gender();
        String description = answer.path("description").isTextual() && !answer.path("description").asText().isBlank()
                ? answer.path("description").asText().strip() : draft.description();
        return new RoleDraft(draft.characterName(), draft.position(), draft.kind(), agesValid ? ageMin : draft.ageMin(),
                agesValid ? ageMax : draft.ageMax(), gender, description.length() > 4000 ? description.substring(0, 4000) : description);
    }

    private static Integer age(JsonNode node) {
        return node.isInt() && node.asInt() >= 0 && node.asInt() <= 110 ? node.asInt() : null;
    }
}
