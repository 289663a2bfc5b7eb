package app.slate.scripts;

import app.slate.media.MediaConfig;
import app.slate.platform.ai.llm.Llm;
import app.slate.platform.ai.usage.TokenBudget;
import app.slate.platform.persistence.HandlerTransaction;
import app.slate.scripts.breakdown.CharacterBreakdown;
import app.slate.scripts.breakdown.ScriptBreakdown;
import app.slate.scripts.draft.FromIntroduction;
import app.slate.scripts.draft.RoleDraft;
import app.slate.scripts.draft.WithBedrock;
import app.slate.scripts.parse.FdxParser;
import app.slate.scripts.parse.FountainParser;
import app.slate.scripts.parse.Paragraph;
import app.slate.scripts.parse.PdfScreenplay;
import app.slate.scripts.parse.ScriptUnreadable;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Analyses one uploaded screenplay: parse it by format, break it down by character, draft a
 * role per speaking character (refined by Bedrock when it is configured) and store it all. A
 * file that is not a screenplay fails the script with the reason; anything else (the database,
 * S3, Bedrock) fails the message, which is retried.
 */
@ApplicationScoped
public class ScriptAnalysis {

    private static final Logger LOG = Logger.getLogger(ScriptAnalysis.class);
    /** Bedrock refines the drafts of the characters who speak most; the rest keep the script's own words. */
    private static final int REFINED_BY_MODEL = 15;

    private final S3Client s3;
    private final MediaConfig media;
    private final Llm llm;

    public ScriptAnalysis(S3Client s3, MediaConfig media, Llm llm) {
        this.s3 = s3;
        this.media = media;
        this.llm = llm;
    }

    public void run(UUID scriptId) {
        Script script = HandlerTransaction.run(() -> Script.claimForAnalysis(scriptId));
        if (script == null) {
            LOG.debugf("Script %s is already analysed", scriptId);
            return;
        }
        byte[] source = s3.getObjectAsBytes(g -> g.bucket(media.bucket()).key(script.sourceKey)).asByteArray();
        ScriptBreakdown breakdown;
        try {
            breakdown = ScriptBreakdown.of(parse(script.format, source));
        } catch (ScriptUnreadable e) {
            HandlerTransaction.run(() -> Script.failed(scriptId, e.getMessage()));
            return;
        }
        if (breakdown.characters().isEmpty()) {
            HandlerTransaction.run(() -> Script.failed(scriptId, "No character speaks in this file: it has no character cues followed by dialogue."));
            return;
        }
        List<RoleDraft> drafts = new ArrayList<>();
        boolean modelAvailable = llm.configured();
        int refined = 0;
        for (CharacterBreakdown character : breakdown.characters()) {
            RoleDraft draft = FromIntroduction.draft(character, breakdown, drafts.size());
            if (modelAvailable && drafts.size() < REFINED_BY_MODEL) {
                try {
                    draft = WithBedrock.refine(llm, script.uploadedBy, draft, character, script.title);
                    refined++;
                } catch (TokenBudget.AiBudgetSpent e) {
                    // The uploader's (or Slate's) budget for the day is spent: the rest keep the script's own words.
                    LOG.warnf("Script %s: %s %d drafts refined.", scriptId, e.problem().detail(), refined);
                    modelAvailable = false;
                }
            }
            drafts.add(draft);
        }
        String extractedBy = refined > 0 ? llm.modelId() : "rules";
        HandlerTransaction.run(() -> Script.analysed(scriptId, breakdown.scenes().size(), characters(breakdown), extractedBy,
                drafts.stream().map(d -> ScriptRoleDraft.drafted(scriptId, d.characterName(), d.position(), d.kind(), d.ageMin(),
                        d.ageMax(), d.gender(), d.description())).toList()));
        LOG.infof("Script %s: %d scenes, %d speaking characters", scriptId, breakdown.scenes().size(), breakdown.characters().size());
    }

    private static List<Script.ScriptCharacter> characters(ScriptBreakdown breakdown) {
        return breakdown.characters().stream().map(c -> new Script.ScriptCharacter(c.name(), c.lines(), c.words(), c.scenes(),
                c.firstScene(), c.introducedAs(), c.extensions(), c.sampleLines())).toList();
    }

    static List<Paragraph> parse(String format, byte[] source) {
        return switch (format) {
            case "FOUNTAIN" -> FountainParser.parse(new String(source, StandardCharsets.UTF_8));
            case "FDX" -> FdxParser.parse(source);
            case "PDF" -> PdfScreenplay.parse(source);
            default -> throw new ScriptUnreadable("Unknown script format " + format);
        };
    }
}
