package app.slate.talent.portfolio;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/talents/me/portfolio")
@RolesAllowed(Roles.TALENT)
@Tag(name = "Portfolio", description = "Headshots, reels, voice clips and resumes of your profile, in order")
public class PortfolioResource {

    private final PortfolioService portfolio;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public PortfolioResource(PortfolioService portfolio, OutboxWakeup wakeup, CurrentCaller caller) {
        this.portfolio = portfolio;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Add a portfolio item")
    @IdempotentCreate
    @POST
    public Uni<Response> add(@NotNull @Valid PortfolioItemInput item) {
        return portfolio.add(caller.get(), item).call(wakeup::afterCommit)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @Operation(summary = "Put the whole portfolio in a new order")
    @PUT
    @Path("/order")
    public Uni<List<PortfolioItemView>> reorder(@NotNull @Valid PortfolioOrder order) {
        return portfolio.reorder(caller.get(), order).call(wakeup::afterCommit);
    }

    @Operation(summary = "Make a headshot the primary image")
    @PUT
    @Path("/{itemId}/primary")
    public Uni<PortfolioItemView> makePrimary(@PathParam("itemId") UUID itemId) {
        return portfolio.makePrimary(caller.get(), itemId).call(wakeup::afterCommit);
    }

    @Operation(summary = "Remove a portfolio item")
    @DELETE
    @Path("/{itemId}")
    public Uni<Response> remove(@PathParam("itemId") UUID itemId) {
        return portfolio.remove(caller.get(), itemId).call(wakeup::afterCommit).map(ignored -> Response.noContent().build());
    }
}
