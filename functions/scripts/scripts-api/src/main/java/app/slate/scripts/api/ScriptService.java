package app.slate.scripts.api;

import app.slate.casting.project.Project;
import app.slate.casting.project.ProjectTeam;
import app.slate.casting.reads.Access;
import app.slate.casting.role.RoleDetails;
import app.slate.casting.role.RoleService;
import app.slate.casting.role.RoleView;
import app.slate.media.MediaConfig;
import app.slate.media.reads.MediaKeys;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import app.slate.scripts.Script;
import app.slate.scripts.ScriptRoleDraft;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Screenplays for a project: the upload is kept in S3 and queued for script-analyzer through
 * the outbox (so a crash loses no script), its breakdown is read back here, and each drafted
 * role is edited and approved into a draft role of the project.
 */
@ApplicationScoped
public class ScriptService {

    /** Within API Gateway's and Lambda's request limits, and far above any feature screenplay (a 120-page PDF is ~300 KB). */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final S3Client s3;
    private final MediaConfig media;
    private final Outbox outbox;
    private final RoleService roles;

    public ScriptService(S3Client s3, MediaConfig media, Outbox outbox, RoleService roles) {
        this.s3 = s3;
        this.media = media;
        this.outbox = outbox;
        this.roles = roles;
    }

    public Uni<ScriptView> upload(Caller caller, UUID projectId, String title, String contentType, byte[] body) {
        ScriptFormat format = ScriptFormat.of(contentType);
        if (format == null) {
            throw new ProblemException(Problem.of("unsupported-script-format", "Unsupported Media Type", 415,
                    "Send the screenplay as application/pdf, Final Draft (application/vnd.final-draft+xml) or Fountain (text/plain).",
                    List.of()));
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty: send the screenplay file as the request body");
        }
        if (body.length > MAX_BYTES) {
            throw new ProblemException(Problem.of("script-too-large", "Content Too Large", 413,
                    "A screenplay may be at most 5 MB; this one is " + body.length / 1024 + " KB.", List.of()));
        }
        UUID id = UUID.randomUUID();
        String key = MediaKeys.script(projectId, id);
        return checkAccess(caller, projectId, Access.EDITOR)
                .chain(project -> OffLoop.run(() -> s3.putObject(p -> p.bucket(media.bucket()).key(key).contentType(contentType),
                        RequestBody.fromBytes(body))))
                .chain(() -> store(caller, projectId, id, title, format, key, body.length));
    }

    private Uni<ScriptView> store(Caller caller, UUID projectId, UUID id, String title, ScriptFormat format, String key, long size) {
        Script script = new Script();
        script.id = id;
        script.projectId = projectId;
        script.title = title == null || title.isBlank() ? "Untitled script" : title.strip();
        script.format = format.name();
        script.sourceKey = key;
        script.sizeBytes = size;
        script.status = "QUEUED";
        script.uploadedBy = caller.userId();
        script.createdAt = Instant.now();
        return Panache.withTransaction(() -> script.<Script>persist()
                .call(() -> outbox.record(CastingEvents.SCRIPT_UPLOADED, id.toString(),
                        new CastingEvents.ScriptUploaded(id, projectId)))
                .map(saved -> ScriptView.of(saved, List.of())));
    }

    @WithSession
    public Uni<ScriptView> get(Caller caller, UUID scriptId) {
        return scriptOfTeam(caller, scriptId, Access.VIEWER).chain(found -> view(found.script(), found.project()));
    }

    @WithTransaction
    public Uni<DraftView> edit(Caller caller, UUID scriptId, UUID draftId, DraftEdit edit) {
        return openDraft(caller, scriptId, draftId).map(found -> {
            ScriptRoleDraft draft = found.draft();
            int min = edit.ageMin() != null ? edit.ageMin() : draft.ageMin == null ? RoleTemplate.DEFAULT_MIN_AGE : draft.ageMin;
            int max = edit.ageMax() != null ? edit.ageMax() : draft.ageMax == null ? Math.max(min, RoleTemplate.DEFAULT_MAX_AGE) : draft.ageMax;
            if (min > max) {
                throw ProblemException.invalid("ageMax", "must not be below ageMin");
            }
            if (edit.kind() != null) {
                draft.kind = edit.kind();
            }
            if (edit.ageMin() != null || edit.ageMax() != null) {
                draft.ageMin = min;
                draft.ageMax = max;
            }
            if (edit.gender() != null) {
                draft.gender = edit.gender();
            }
            if (edit.description() != null) {
                draft.description = edit.description();
            }
            draft.updatedAt = Instant.now();
            return DraftView.of(draft, RoleTemplate.of(draft, found.project()));
        });
    }

    /** The draft becomes a draft role of the project, as proposed; the team edits it (PUT /roles/{roleId}) before opening it. */
    @WithTransaction
    public Uni<RoleView> approve(Caller caller, UUID scriptId, UUID draftId) {
        return openDraft(caller, scriptId, draftId).chain(found -> {
            RoleDetails role = RoleTemplate.of(found.draft(), found.project());
            if (role == null) {
                throw ProblemException.unprocessable("location-required",
                        "The project has no location to propose for this role; add one to the project first.");
            }
            return roles.create(caller, found.project().id, role).invoke(created -> {
                found.draft().status = "APPROVED";
                found.draft().roleId = created.id();
                found.draft().updatedAt = Instant.now();
            });
        });
    }

    private record Found(Script script, Project project) {
    }

    private record FoundDraft(ScriptRoleDraft draft, Project project) {
    }

    private Uni<FoundDraft> openDraft(Caller caller, UUID scriptId, UUID draftId) {
        return scriptOfTeam(caller, scriptId, Access.EDITOR).chain(found -> ScriptRoleDraft.<ScriptRoleDraft>findById(draftId).map(draft -> {
            if (draft == null || !draft.scriptId.equals(scriptId)) {
                throw ProblemException.notFound("Drafted role not found");
            }
            if (!"DRAFT".equals(draft.status)) {
                throw ProblemException.conflict("This draft was already approved as role " + draft.roleId + ".");
            }
            return new FoundDraft(draft, found.project());
        }));
    }

    /** The script, when the caller is on its project's team with enough access; anyone else is told it does not exist. */
    private static Uni<Found> scriptOfTeam(Caller caller, UUID scriptId, Access needed) {
        return Script.<Script>findById(scriptId).onItem().ifNull().failWith(() -> ProblemException.notFound("Script not found"))
                .chain(script -> ProjectTeam.require(caller, script.projectId, needed)
                        .onFailure(e -> e instanceof ProblemException p && p.problem().status() == 404)
                        .transform(e -> ProblemException.notFound("Script not found"))
                        .map(project -> new Found(script, project)));
    }

    private static Uni<Project> checkAccess(Caller caller, UUID projectId, Access needed) {
        return Panache.withSession(() -> ProjectTeam.require(caller, projectId, needed));
    }

    private static Uni<ScriptView> view(Script script, Project project) {
        return ScriptRoleDraft.ofScript(script.id).map(drafts -> ScriptView.of(script,
                drafts.stream().map(d -> DraftView.of(d, RoleTemplate.of(d, project))).toList()));
    }
}
