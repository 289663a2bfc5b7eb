package app.slate.payments.bills;

import app.slate.payments.bills.ReceiptPdf.Receipt;
import app.slate.payments.checkout.BillingConfig;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * A paid bill's receipt, for its payer and for admins; anyone else is told there is no such
 * payment. Drawn when asked (off the event loop), from the bill, the name and country the buyer
 * gave at checkout, and the seller's details from configuration; nothing about it is stored.
 */
@ApplicationScoped
public class Receipts {

    private static final String BUYER = """
            SELECT c.billing_name, c.country, p.name AS plan FROM billing_payments b
            LEFT JOIN billing_customers c ON c.account_id = b.account_id AND c.provider = b.provider
            LEFT JOIN billing_plans p ON p.id = b.plan_id WHERE b.id = $1""";

    private final PaymentHistory history;
    private final BillingConfig config;
    private final Pool database;

    public Receipts(PaymentHistory history, BillingConfig config, Pool database) {
        this.history = history;
        this.config = config;
        this.database = database;
    }

    public Uni<byte[]> of(Caller caller, UUID paymentId) {
        BillingConfig.Seller seller = config.seller();
        if (seller.name().isEmpty() || seller.address().isEmpty() || seller.vatNumber().isEmpty()) {
            throw new ProblemException(Problem.of("receipts-not-configured", "Receipts unavailable", 503,
                    "Receipts need the seller's name, address and VAT number, which this deployment has not been given.", List.of()));
        }
        return history.byId(paymentId).chain(found -> {
            PaymentHistory.Owned owned = found.filter(bill -> caller.mayReach(bill.accountId()))
                    .orElseThrow(() -> ProblemException.notFound("No payment of yours has this id."));
            if (!"PAID".equals(owned.payment().status())) {
                throw ProblemException.conflict("A receipt is issued once the payment is confirmed as paid.");
            }
            return database.preparedQuery(BUYER).execute(Tuple.of(paymentId)).map(rows -> rows.iterator().next())
                    .chain((Row buyer) -> OffLoop.call(() -> ReceiptPdf.render(new Receipt(seller.name().get(), seller.address().get(),
                            seller.vatNumber().get(), buyer.getString("billing_name"), buyer.getString("country"), owned.payment(),
                            buyer.getString("plan")))));
        });
    }
}
