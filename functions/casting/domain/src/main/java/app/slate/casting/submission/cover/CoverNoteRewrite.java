package app.slate.casting.submission.cover;

import app.slate.platform.ai.llm.Llm;
import java.util.stream.Collectors;

/**
 * Asks Bedrock's chat model to rewrite the rules' draft in the chosen tone. The model sees only
 * the draft and the facts it states, so it has nothing else to claim; an answer that is empty or
 * longer than a submission note keeps the rules' draft.
 */
final class CoverNoteRewrite {

    private static final String SYSTEM = """
            You help an actor write the short cover note sent with a casting submission. Rewrite the draft you are given
            in the tone asked for, in the first person, as natural prose. Use only the facts in the draft and the list:
            never add credits, skills, training, languages or claims they do not state, and never mention what the actor lacks.
            Keep the greeting and the signature, written [name]. Answer with the note only, no preamble.""";

    private CoverNoteRewrite() {
    }

    /** Stands for the talent's name in what the model sees: a name (a legal one, when there is no stage name) never leaves Slate. */
    static final String SIGNATURE = "[name]";
    /** A note of 150 words is about 200 tokens; room for the longest tone, and no more. */
    private static final Llm.Purpose PURPOSE = new Llm.Purpose("cover-note", 500);

    static CoverNoteDraft rewrite(Llm llm, String account, CoverNoteDraft draft, String name) {
        String prompt = "Tone: " + switch (draft.tone()) {
            case WARM -> "warm and personal, under 130 words";
            case FORMAL -> "formal, a short letter, under 150 words";
            case BRIEF -> "brief, two or three lines, under 50 words";
        } + "\nFacts:\n" + draft.mentions().stream().map(f -> "- " + f.field() + ": " + f.value()).collect(Collectors.joining("\n"))
                + "\nDraft:\n" + draft.note().replace(name, SIGNATURE);
        String answer = llm.complete(PURPOSE, account, SYSTEM, prompt).strip();
        String note = answer.contains(SIGNATURE) ? answer.replace(SIGNATURE, name) : answer + "\n\n" + name;
        if (answer.isEmpty() || note.length() > CoverNote.MAX_LENGTH) {
            return draft;
        }
        return new CoverNoteDraft(note, draft.tone(), llm.modelId(), draft.mentions(), draft.unmet());
    }
}
