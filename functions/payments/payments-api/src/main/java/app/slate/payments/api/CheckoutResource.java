package app.slate.payments.api;

import app.slate.payments.checkout.CheckoutRequest;
import app.slate.payments.checkout.Checkouts;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.metrics.Metrics;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buying a plan: the provider's hosted payment page, chosen by the buyer's currency and country. */
@Path("/billing/checkout")
@Tag(name = "Billing")
@Authenticated
public class CheckoutResource {

    private final Checkouts checkouts;
    private final CurrentCaller caller;

    public CheckoutResource(Checkouts checkouts, CurrentCaller caller) {
        this.checkouts = checkouts;
        this.caller = caller;
    }

    @Operation(summary = "Start buying a plan: answers the provider's payment page (url), valid 30 minutes; the plan starts when the"
            + " provider confirms the payment. The Idempotency-Key reaches the provider.")
    @IdempotentCreate
    @POST
    public Uni<Response> start(@NotNull @Valid CheckoutRequest request, @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey) {
        return checkouts.start(caller.get(), request, idempotencyKey)
                .invoke(() -> Metrics.count("Checkouts"))
                .map(checkout -> Response.status(Response.Status.CREATED).entity(checkout).build());
    }
}
