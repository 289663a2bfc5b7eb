package app.slate.scripts.api;

import app.slate.scripts.Script;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A script's analysis as its project's team sees it: status, scenes, characters by dialogue volume, drafted roles. */
public record ScriptView(UUID id, UUID projectId, String title, String format, long sizeBytes, String status, String failure,
                         Integer scenes, List<Script.ScriptCharacter> characters, String extractedBy, List<DraftView> drafts,
                         Instant createdAt, Instant analysedAt) {

    static ScriptView of(Script script, List<DraftView> drafts) {
        return new ScriptView(script.id, script.projectId, script.title, script.format, script.sizeBytes, script.status,
                script.failure, script.scenes, script.characters == null ? List.of() : script.characters.items(),
                script.extractedBy, drafts, script.createdAt, script.analysedAt);
    }
}
