package app.slate.casting.role;

import app.slate.casting.project.Project;
import app.slate.platform.auth.OwnerIds;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.ModerationEvents;
import app.slate.platform.outbox.Outbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Records role events in the outbox, inside the caller's transaction. */
@ApplicationScoped
public class RoleEvents {

    private final Outbox outbox;
    private final ObjectMapper json;

    public RoleEvents(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Flushes first, so that the event carries the version the change was written with. */
    public Uni<Void> changed(CastingRole role, Project project) {
        return Panache.flush().chain(() -> {
            boolean listed = role.listed(Instant.now());
            JsonNode document = listed ? json.valueToTree(RoleDocument.of(role, project)) : null;
            return outbox.record(CastingEvents.ROLE_CHANGED, role.id.toString(),
                    new CastingEvents.RoleChanged(role.id, role.version, listed, document));
        }).replaceWithVoid();
    }

    public Uni<Void> invited(CastingRole role, Project project, List<String> talentIds) {
        return outbox.record(CastingEvents.ROLE_INVITED, role.id.toString(),
                new CastingEvents.RoleInvited(role.id, role.name, project.publicTitle(), role.deadline, talentIds)).replaceWithVoid();
    }

    /** Moderators took the role down: its project's owner is told why (notifications). */
    public Uni<Void> takenDown(CastingRole role, Project project, String reason) {
        return outbox.record(ModerationEvents.TAKEN_DOWN, role.id.toString(), new ModerationEvents.TakenDown("ROLE", role.id, role.name,
                reason, OwnerIds.account(project.ownerId).map(List::of).orElse(List.of()))).replaceWithVoid();
    }
}
