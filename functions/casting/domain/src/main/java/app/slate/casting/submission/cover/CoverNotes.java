package app.slate.casting.submission.cover;

import app.slate.casting.project.Project;
import app.slate.casting.role.CastingRole;
import app.slate.casting.role.RoleVisibility;
import app.slate.identity.account.ActingTalent;
import app.slate.platform.ai.llm.Llm;
import app.slate.platform.ai.usage.TokenBudget;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.reads.TalentReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Drafts a talent's cover note for a role they may submit to, from the role's breakdown and their
 * own profile: Slate's rules always, Bedrock's rewrite when a chat model is configured. Nothing is
 * stored or sent; the talent edits the text and sends it as their submission's note.
 */
@ApplicationScoped
public class CoverNotes {

    private static final Logger LOG = Logger.getLogger(CoverNotes.class);

    private final TalentReads talent;
    private final RoleVisibility visibility;
    private final Llm llm;

    public CoverNotes(TalentReads talent, RoleVisibility visibility, Llm llm) {
        this.talent = talent;
        this.visibility = visibility;
        this.llm = llm;
    }

    public Uni<CoverNoteDraft> draft(Caller caller, UUID roleId, CoverNoteRequest request) {
        return Panache.withSession(() -> ActingTalent.check(caller, "Submissions")
                        .chain(() -> talent.ofOwner(caller.userId()))
                        .onItem().ifNull().failWith(() -> ProblemException.unprocessable("profile-required",
                                "Create your talent profile (POST /talents/me) before drafting a cover note."))
                        .chain(profile -> CastingRole.<CastingRole>findById(roleId)
                                .chain(role -> visibility.openTo(caller, role))
                                .chain(role -> Project.<Project>findById(role.projectId).map(project -> new Drafted(CoverNote.draft(
                                        new CoverNote.Role(role.details, project.confidential ? null : project.title, project.type),
                                        ProfileFacts.read(profile.displayName(), profile.details()), request.tone()), profile.displayName())))))
                .chain(drafted -> llm.configured() && request.rewritten()
                        ? OffLoop.call(() -> rewritten(caller.userId(), drafted)) : Uni.createFrom().item(drafted.draft()));
    }

    /** The rules' draft and the name it is signed with. */
    private record Drafted(CoverNoteDraft draft, String name) {
    }

    /**
     * The model's rewrite, or the rules' draft when the model fails: a talent is never left without
     * a note. A spent budget is the exception, answered as a 429 that says how to get Slate's own draft.
     */
    private CoverNoteDraft rewritten(String account, Drafted drafted) {
        CoverNoteDraft draft = drafted.draft();
        try {
            return CoverNoteRewrite.rewrite(llm, account, draft, drafted.name());
        } catch (TokenBudget.AiBudgetSpent e) {
            throw e.meanwhile("Ask with \"rewrite\": false for Slate's own draft, which needs no allowance.");
        } catch (RuntimeException e) {
            LOG.warnf("cover note: the model failed (%s); answering the rules' draft", e.getClass().getSimpleName());
            return draft;
        }
    }
}
