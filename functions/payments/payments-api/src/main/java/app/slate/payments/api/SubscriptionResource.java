package app.slate.payments.api;

import app.slate.payments.subscriptions.SubscriptionChanges;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A subscriber's own subscription. Each change is asked of the provider and answered 202:
 * GET /billing/me shows it once the provider's webhook confirms it.
 */
@Path("/billing/subscription")
@Tag(name = "Billing")
@Authenticated
public class SubscriptionResource {

    public record Change(@NotBlank @Size(max = 40) String planCode) {
    }

    private final SubscriptionChanges changes;
    private final CurrentCaller caller;

    public SubscriptionResource(SubscriptionChanges changes, CurrentCaller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    @Operation(summary = "End your subscription at the end of the period you paid for (you keep the plan until then)")
    @POST
    @Path("/cancel")
    public Uni<Response> cancel() {
        return changes.cancelAtPeriodEnd(caller.get(), true).map(ignored -> requested());
    }

    @Operation(summary = "Keep a subscription you asked to end: it renews again")
    @POST
    @Path("/resume")
    public Uni<Response> resume() {
        return changes.cancelAtPeriodEnd(caller.get(), false).map(ignored -> requested());
    }

    @Operation(summary = "Change plan. Through Stripe: up a tier at once, the prorated difference charged now (402 if the card is"
            + " declined). Through Moyasar: up or down, at the period's end (GET /billing/me shows subscription.changesToPlan)")
    @POST
    @Path("/change")
    public Uni<Response> change(@NotNull Change change, @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey) {
        return changes.change(caller.get(), change.planCode(), idempotencyKey).map(ignored -> requested());
    }

    private static Response requested() {
        return Response.accepted(Map.of("requested", true)).build();
    }
}
