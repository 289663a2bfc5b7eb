package app.slate.payments.stripe;

import app.slate.payments.bills.Bills;
import app.slate.payments.bills.Refunds;
import app.slate.payments.checkout.Checkouts;
import app.slate.payments.checkout.Provider;
import app.slate.payments.notices.PayerNotices;
import app.slate.payments.subscriptions.Subscriptions;
import app.slate.platform.blocking.Await;
import app.slate.platform.events.PaymentEvents.ProviderEvent;
import app.slate.platform.outbox.OutboxWakeup;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.InvoicePayment;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.net.ApiResource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Applies a verified Stripe event, in one transaction, to what it is about: a subscription, a bill
 * (invoice), the payment intent of a bill, a refund, a checkout. Each is held at the provider's
 * latest state whatever the order of deliveries (see the appliers). Types Slate does not use are
 * ignored: acknowledged, applied to nothing. A duplicate purchase is undone once applied.
 */
@ApplicationScoped
public class StripeEvents {

    private static final Logger LOG = Logger.getLogger(StripeEvents.class);

    private final Pool database;
    private final Subscriptions subscriptions;
    private final Bills bills;
    private final Refunds refunds;
    private final Checkouts checkouts;
    private final PayerNotices notices;
    private final OutboxWakeup wakeup;
    private final DuplicatePurchases duplicates;

    public StripeEvents(Pool database, Subscriptions subscriptions, Bills bills, Refunds refunds, Checkouts checkouts,
                        PayerNotices notices, OutboxWakeup wakeup, DuplicatePurchases duplicates) {
        this.database = database;
        this.subscriptions = subscriptions;
        this.bills = bills;
        this.refunds = refunds;
        this.checkouts = checkouts;
        this.notices = notices;
        this.wakeup = wakeup;
        this.duplicates = duplicates;
    }

    /** Blocking: the worker's thread waits for the transaction. */
    public void apply(ProviderEvent delivery) {
        Event event = ApiResource.GSON.fromJson(delivery.body(), Event.class);
        long created = event.getCreated();
        String type = event.getType();
        if (!uses(type)) {
            LOG.debugf("Stripe event %s of type %s ignored", event.getId(), type);
            return;
        }
        StripeObject object = object(event);
        Outcome outcome = database.withTransaction(connection -> apply(connection, type, object, created)).await().atMost(Await.LIMIT);
        if (outcome.told()) {
            wakeup.now().await().atMost(Await.LIMIT);
        }
        if (outcome.duplicate() != null) {
            duplicates.settle(outcome.duplicate());
        }
    }

    /** What applying an event leaves to do after its transaction: wake the relay, undo a duplicate purchase (its subscription). */
    private record Outcome(boolean told, String duplicate) {

        static final Outcome NOTHING = new Outcome(false, null);
    }

    static boolean uses(String type) {
        return type.startsWith("customer.subscription.") && !type.equals("customer.subscription.trial_will_end")
                || type.startsWith("invoice.") && !type.equals("invoice.upcoming") || type.equals("invoice_payment.paid")
                || type.startsWith("refund.") || type.equals("checkout.session.completed") || type.equals("checkout.session.expired");
    }

    /** Applies the event's object; told when the payer is to hear of it (see {@link PayerNotices}). */
    private Uni<Outcome> apply(SqlConnection connection, String type, StripeObject object, long created) {
        if (object instanceof Subscription subscription) {
            return subscriptions.apply(connection, StripeSnapshots.subscription(subscription, created))
                    .chain(applied -> notices.subscription(connection, applied).map(told -> new Outcome(told,
                            applied.filter(Subscriptions.Applied::duplicate).map(a -> subscription.getId()).orElse(null))));
        }
        if (object instanceof Invoice invoice) {
            return bills.apply(connection, StripeSnapshots.bill(invoice, created))
                    .chain(applied -> notices.bill(connection, applied).map(told -> new Outcome(told,
                            applied.filter(Bills.Applied::ofDuplicate).map(a -> a.snapshot().subscriptionId()).orElse(null))));
        }
        if (object instanceof InvoicePayment payment) {
            String intent = StripeSnapshots.intent(payment);
            return intent == null ? Uni.createFrom().item(Outcome.NOTHING) : bills.intent(connection, Provider.STRIPE.name(),
                    payment.getInvoice(), intent, payment.getAmountPaid(), payment.getCurrency().toUpperCase(Locale.ROOT))
                    .replaceWith(Outcome.NOTHING);
        }
        if (object instanceof Refund refund) {
            return refunds.apply(connection, StripeSnapshots.refund(refund, created)).replaceWith(Outcome.NOTHING);
        }
        if (object instanceof Session session) {
            return checkouts.closed(connection, Provider.STRIPE, session.getId(), type.equals("checkout.session.completed"))
                    .replaceWith(Outcome.NOTHING);
        }
        throw new IllegalArgumentException("Stripe event " + type + " carries a " + object.getClass().getSimpleName());
    }

    private static StripeObject object(Event event) {
        try {
            return event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw new IllegalArgumentException("Stripe event " + event.getId() + " carries an object Slate cannot read", e);
        }
    }
}
