package app.slate.payments.api;

import app.slate.payments.bills.PaymentHistory;
import app.slate.payments.bills.PaymentView;
import app.slate.payments.bills.RefundRequests;
import app.slate.payments.bills.RefundRequests.Requested;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payment history (each person's own) and refunds (admins'). */
@Path("/")
@Tag(name = "Billing")
public class PaymentsResource {

    public record RefundRequest(@Min(1) @Max(100_000_000) Long amountMinor) {
    }

    private final PaymentHistory history;
    private final RefundRequests refunds;
    private final CurrentCaller caller;

    public PaymentsResource(PaymentHistory history, RefundRequests refunds, CurrentCaller caller) {
        this.history = history;
        this.refunds = refunds;
        this.caller = caller;
    }

    @Operation(summary = "Your payments, newest first, with VAT and refunds; page back with before=<createdAt of the last>")
    @GET
    @Path("/billing/payments")
    @Authenticated
    public Uni<List<PaymentView>> mine(@QueryParam("before") Instant before,
                                       @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return history.of(caller.get().userId(), before, limit);
    }

    @Operation(summary = "Admins: refund a paid payment, in full (no amount) or in part; confirmed when the provider's webhook says so")
    @POST
    @Path("/admin/billing/payments/{paymentId}/refunds")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> refund(@PathParam("paymentId") UUID paymentId, @NotNull RefundRequest request,
                                @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey) {
        return refunds.refund(caller.get().userId(), paymentId, request.amountMinor(), idempotencyKey)
                .map((Requested requested) -> Response.accepted(requested).build());
    }
}
