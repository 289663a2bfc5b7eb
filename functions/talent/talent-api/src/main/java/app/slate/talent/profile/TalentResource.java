package app.slate.talent.profile;

import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.OwnerIds;
import app.slate.platform.auth.Roles;
import app.slate.platform.events.AuditAction;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.auth.PerAccountLimit;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.talent.search.TalentQuery;
import app.slate.talent.search.TalentSearch;
import app.slate.talent.search.TalentSearchResult;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/talents")
@Tag(name = "Talent profiles", description = "A talent's own profile, public profiles, and talent search for casting")
public class TalentResource {

    private final ProfileService profiles;
    private final TalentSearch search;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;
    private final AuditTrail audit;

    public TalentResource(ProfileService profiles, TalentSearch search, OutboxWakeup wakeup, CurrentCaller caller,
                           AuditTrail audit) {
        this.profiles = profiles;
        this.search = search;
        this.wakeup = wakeup;
        this.caller = caller;
        this.audit = audit;
    }

    @Operation(summary = "Create your talent profile (one per account)")
    @IdempotentCreate
    @POST
    @Path("/me")
    @RolesAllowed(Roles.TALENT)
    public Uni<Response> create(@NotNull @Valid ProfileDetails profile) {
        return profiles.create(caller.get(), profile)
                .call(wakeup::afterCommit)
                .map(view -> Response.created(URI.create("/talents/" + view.id())).entity(view).build());
    }

    @Operation(summary = "Read your own profile, with its completeness")
    @GET
    @Path("/me")
    @RolesAllowed(Roles.TALENT)
    public Uni<ProfileView> mine() {
        return profiles.mine(caller.get());
    }

    @Operation(summary = "Replace your profile")
    @PUT
    @Path("/me")
    @RolesAllowed(Roles.TALENT)
    public Uni<ProfileView> replace(@NotNull @Valid ProfileDetails profile) {
        return profiles.replace(caller.get(), profile).call(wakeup::afterCommit);
    }

    @Operation(summary = "Delete your profile; it leaves search")
    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.TALENT)
    public Uni<Response> delete() {
        return profiles.delete(caller.get()).call(wakeup::afterCommit).map(ignored -> Response.noContent().build());
    }

    /** Talent search is a casting tool: talent do not browse each other. */
    @Operation(summary = "Search published talent with filters, facets and cursor pages")
    @GET
    @RolesAllowed({Roles.CASTING, Roles.ADMIN})
    @PerAccountLimit(name = "talent-search", requests = 60, window = "PT1M")
    public TalentSearchResult search(@Valid @BeanParam TalentQuery query) {
        return search.search(query);
    }

    @Operation(summary = "Read a published profile (public fields only)")
    @GET
    @Path("/{id}")
    @PermitAll
    @PerAccountLimit(name = "talent-profiles", requests = 120, window = "PT1M")
    public Uni<PublicProfile> published(@PathParam("id") UUID id) {
        return caller.optional().chain(viewer -> profiles.visible(id, viewer).call(shown -> shown.minorSeenByOthers()
                ? audit.recordRead(viewer, AuditAction.MINOR_PROFILE_VIEWED, OwnerIds.account(shown.ownerId()).orElse(null),
                        "talent-profile:" + id, "viewed the profile of a minor")
                : Uni.createFrom().voidItem()).map(ProfileService.Shown::profile));
    }
}
