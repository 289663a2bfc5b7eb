package app.slate.casting.submission.preparation;

import app.slate.casting.project.Project;
import app.slate.casting.role.CastingRole;
import app.slate.casting.submission.Submission;
import app.slate.identity.account.ActingTalent;
import app.slate.platform.ai.llm.Llm;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Minors;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.ProblemException;
import app.slate.scripts.reads.ScriptCharacters;
import app.slate.talent.reads.TalentReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Audition preparation for the talent of a submission: prepared from the role, its project and
 * the script breakdown, refined by the chat model when one is configured, and kept with the
 * submission, for that talent only (anyone else gets a 404, as for a submission that is not theirs).
 */
@ApplicationScoped
public class Preparations {

    private static final Logger LOG = Logger.getLogger(Preparations.class);

    private final ScriptCharacters characters;
    private final TalentReads talent;
    private final Llm llm;

    public Preparations(ScriptCharacters characters, TalentReads talent, Llm llm) {
        this.characters = characters;
        this.talent = talent;
        this.llm = llm;
    }

    /** Prepares (again) the pack of the caller's submission. */
    public Uni<PreparationPack> prepare(Caller caller, UUID submissionId) {
        return Panache.withSession(() -> ActingTalent.check(caller, "Submissions")
                        .chain(() -> own(caller, submissionId))
                        .chain(submission -> CastingRole.<CastingRole>findById(submission.roleId)
                                .chain(role -> Project.<Project>findById(role.projectId)
                                        .chain(project -> characters.ofRole(role.id)
                                                .chain(character -> talent.isMinor(caller.userId(), Minors.ADULT_AGE)
                                                        .map(minor -> new Prepared(PreparationRules.pack(role.details, project.publicTitle(), character,
                                                                minor, Instant.now()), role.details.description())))))))
                .chain(prepared -> llm.configured() ? OffLoop.call(() -> refined(caller.userId(), prepared)) : Uni.createFrom().item(prepared.pack()))
                .chain(pack -> Panache.withTransaction(() -> Preparation.<Preparation>findById(submissionId).chain(found -> {
                    Preparation kept = found != null ? found : new Preparation();
                    kept.submissionId = submissionId;
                    kept.talentId = caller.userId();
                    kept.pack = pack;
                    kept.extractedBy = pack.extractedBy();
                    kept.preparedAt = pack.preparedAt();
                    return kept.<Preparation>persist();
                })).map(kept -> kept.pack));
    }

    public Uni<PreparationPack> get(Caller caller, UUID submissionId) {
        return Panache.withSession(() -> own(caller, submissionId).chain(submission -> Preparation.<Preparation>findById(submissionId)))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No preparation yet: POST to this address prepares it."))
                .map(kept -> kept.pack);
    }

    private record Prepared(PreparationPack pack, String description) {
    }

    /** The model's beats, or the rules' pack when the model fails or the budget is spent: preparation never waits on it. */
    private PreparationPack refined(String account, Prepared prepared) {
        try {
            return PreparationWithBedrock.refine(llm, account, prepared.pack(), prepared.description());
        } catch (RuntimeException e) {
            LOG.warnf("preparation: the model gave nothing (%s); the rules' pack stands", e.getClass().getSimpleName());
            return prepared.pack();
        }
    }

    private static Uni<Submission> own(Caller caller, UUID submissionId) {
        return Submission.<Submission>findById(submissionId)
                .map(found -> found != null && found.talentId.equals(caller.userId()) ? found : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Submission not found"));
    }
}
