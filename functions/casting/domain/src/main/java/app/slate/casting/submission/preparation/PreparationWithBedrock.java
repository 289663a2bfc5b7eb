package app.slate.casting.submission.preparation;

import app.slate.platform.ai.llm.Llm;
import app.slate.scripts.reads.ScriptCharacters.RoleCharacter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the chat model for the character's objective and beats, from what the script says of them
 * (the introduction and some of their lines) and the breakdown. An answer without them keeps the
 * rules' pack.
 */
final class PreparationWithBedrock {

    private static final Llm.Purpose PURPOSE = new Llm.Purpose("preparation", 600);
    private static final String SYSTEM = """
            You help an actor prepare an audition. From the role's breakdown and what the script says of the character, answer with
            one JSON object only: {"objective": "what the character wants most, in one sentence",
            "beats": ["each shift in what they do to get it, one short sentence each, at most eight"]}.
            Use only what the text given says or clearly implies.""";

    private PreparationWithBedrock() {
    }

    static PreparationPack refine(Llm llm, String account, PreparationPack pack, String description) {
        RoleCharacter c = pack.character();
        String prompt = "Role: " + pack.role() + "\nBreakdown: " + description
                + (c == null ? "" : "\nScript: " + c.scriptTitle() + "\nIntroduction: " + (c.introduction() == null ? "(none)" : c.introduction())
                + "\nSome of their lines:\n" + String.join("\n", c.sampleLines().stream().map(l -> "- " + l).toList()));
        JsonNode answer = llm.completeJson(PURPOSE, account, SYSTEM, prompt);
        List<String> beats = new ArrayList<>();
        answer.path("beats").forEach(b -> {
            if (b.isTextual() && !b.asText().isBlank() && beats.size() < 8) {
                beats.add(b.asText().strip().length() <= 300 ? b.asText().strip() : b.asText().strip().substring(0, 300));
            }
        });
        String objective = answer.path("objective").isTextual() ? answer.path("objective").asText().strip() : "";
        if (objective.isEmpty() || beats.isEmpty()) {
            return pack;
        }
        return pack.withBeats(objective.length() <= 500 ? objective : objective.substring(0, 500), beats, llm.modelId());
    }
}
