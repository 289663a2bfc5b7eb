package app.slate.payments.api;

import app.slate.payments.bills.PaymentHistory;
import app.slate.payments.bills.PaymentView;
import app.slate.payments.bills.Receipts;
import app.slate.payments.bills.RefundRequests;
import app.slate.payments.bills.RefundRequests.Requested;
import app.slate.payments.overview.RevenueFigures;
import app.slate.payments.overview.RevenueFigures.Revenue;
import app.slate.platform.events.AuditAction;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Roles;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.problem.ProblemException;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payment history and receipts (each person's own), refunds and revenue (admins'). */
@Path("/")
@Tag(name = "Billing")
public class PaymentsResource {

    public record RefundRequest(@Min(1) @Max(100_000_000) Long amountMinor) {
    }

    private static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final PaymentHistory history;
    private final RefundRequests refunds;
    private final RevenueFigures revenue;
    private final Receipts receipts;
    private final CurrentCaller caller;
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;

    public PaymentsResource(PaymentHistory history, RefundRequests refunds, RevenueFigures revenue, Receipts receipts, CurrentCaller caller,
                            AuditTrail audit, OutboxWakeup wakeup) {
        this.history = history;
        this.refunds = refunds;
        this.revenue = revenue;
        this.receipts = receipts;
        this.caller = caller;
        this.audit = audit;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Your payments, newest first, with VAT and refunds; page back with before=<createdAt of the last>")
    @GET
    @Path("/billing/payments")
    @Authenticated
    public Uni<List<PaymentView>> mine(@QueryParam("before") Instant before,
                                       @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return history.of(caller.get().userId(), before, limit);
    }

    @Operation(summary = "The receipt of a paid payment as a PDF (yours, or any for admins), VAT shown for riyal amounts")
    @GET
    @Path("/billing/payments/{paymentId}/receipt")
    @Produces("application/pdf")
    @Authenticated
    public Uni<Response> receipt(@PathParam("paymentId") UUID paymentId) {
        return receipts.of(caller.get(), paymentId).map(pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"slate-receipt-" + paymentId + ".pdf\"").build());
    }

    @Operation(summary = "Admins: refund a paid payment, in full (no amount) or in part; confirmed when the provider's webhook says so")
    @POST
    @Path("/admin/billing/payments/{paymentId}/refunds")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> refund(@PathParam("paymentId") UUID paymentId, @NotNull RefundRequest request,
                                @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey) {
        var admin = caller.get();
        return refunds.refund(admin.userId(), paymentId, request.amountMinor(), idempotencyKey,
                        audit.alongside(admin, AuditAction.REFUND_REQUESTED, null, "payment:" + paymentId,
                                request.amountMinor() == null ? "refund in full" : "refund of " + request.amountMinor() + " minor units"))
                .call(wakeup::now)
                .map((Requested requested) -> Response.accepted(requested).build());
    }

    @Operation(summary = "Admins: monthly recurring revenue by currency and subscriptions by plan now; checkouts started and paid,"
            + " failed and recovered renewals, money collected and refunded in [from, to)")
    @GET
    @Path("/admin/billing/revenue")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Revenue> revenue(@QueryParam("from") @NotNull Instant from, @QueryParam("to") @NotNull Instant to) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw ProblemException.invalid("to", "the period may be at most 366 days");
        }
        return revenue.between(from, to);
    }
}
