package app.slate.casting.board;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.search.saved.SavedSearch;
import app.slate.search.saved.SavedSearchRequest;
import app.slate.search.saved.SavedSearches;
import app.slate.search.saved.SavedSearches.Criteria;
import app.slate.search.saved.SearchKind;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A casting director's saved role-board searches. A search is saved with the very query string of
 * {@code GET /roles} (validated the same way) and a name and pace in the body; new and changed
 * profiles that match it are found by percolation when they are indexed, and alert once each.
 */
@Path("/saved-searches/roles")
@Tag(name = "Saved searches")
@RolesAllowed(Roles.TALENT)
public class SavedRoleSearchResource {

    private final SavedSearches searches;
    private final RoleBoard board;
    private final CurrentCaller caller;

    public SavedRoleSearchResource(SavedSearches searches, RoleBoard board, CurrentCaller caller) {
        this.searches = searches;
        this.board = board;
        this.caller = caller;
    }

    @Operation(summary = "Save a talent search: its criteria are this request's query string, as on GET /roles; "
            + "the body names it and sets its pace (INSTANT, DAILY, WEEKLY)")
    @POST
    public Uni<Response> save(@Valid @BeanParam BoardQuery query, @Context UriInfo uri, @NotNull @Valid SavedSearchRequest request) {
        return board.percolator(caller.get(), query).chain(percolator -> searches.save(owner(), SearchKind.ROLE, request,
                Criteria.of(uri.getQueryParameters(), percolator))).map(saved -> Response.status(201).entity(saved).build());
    }

    @Operation(summary = "Your saved role-board searches")
    @GET
    public Uni<Map<String, List<SavedSearch>>> mine() {
        return searches.mine(owner(), SearchKind.ROLE).map(found -> Map.of("searches", found));
    }

    @Operation(summary = "Rename, pause or resume a saved role-board search, or change its pace")
    @PATCH
    @Path("/{id}")
    public Uni<SavedSearch> change(@PathParam("id") UUID id, @NotNull @Valid SavedSearchRequest change) {
        return searches.change(owner(), SearchKind.ROLE, id, change, Optional.empty());
    }

    @Operation(summary = "Replace what a saved role-board search looks for (this request's query string), and optionally its name and pace")
    @PUT
    @Path("/{id}")
    public Uni<SavedSearch> replace(@PathParam("id") UUID id, @Valid @BeanParam BoardQuery query, @Context UriInfo uri,
                                    @NotNull @Valid SavedSearchRequest change) {
        return board.percolator(caller.get(), query).chain(percolator -> searches.change(owner(), SearchKind.ROLE, id, change,
                Optional.of(Criteria.of(uri.getQueryParameters(), percolator))));
    }

    @Operation(summary = "Delete a saved role-board search")
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return searches.delete(owner(), SearchKind.ROLE, id).map(done -> Response.noContent().build());
    }

    private UUID owner() {
        return UUID.fromString(caller.get().userId());
    }
}
