package app.slate.payments.checkout;

import app.slate.payments.bills.Vat;
import app.slate.payments.plans.PlanCatalogue;
import app.slate.payments.plans.PlanDetails.Price;
import app.slate.payments.plans.PlanView;
import app.slate.payments.moyasar.MoyasarGateway;
import app.slate.payments.moyasar.MoyasarGateway.Charge;
import app.slate.payments.moyasar.MoyasarPrices;
import app.slate.payments.moyasar.MoyasarSource;
import app.slate.payments.stripe.StripeGateway;
import app.slate.payments.stripe.StripeGateway.CheckoutSession;
import app.slate.payments.stripe.StripePrices;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Starting a purchase (owner of {@code billing_checkouts} and {@code billing_customers}): the
 * buyer gets the provider's hosted payment page, valid 30 minutes. An account holds at most one open checkout: asking again for the same plan and currency
 * gives the same page; asking for another replaces it (the old page is expired at the provider).
 * An account already paying for a plan changes it instead. A plan's trial is given once per account.
 */
@ApplicationScoped
public class Checkouts {

    private static final Logger LOG = Logger.getLogger(Checkouts.class);
    static final Duration LIFETIME = Duration.ofMinutes(30);

    private static final String PAYING = """
            SELECT provider FROM billing_subscriptions
            WHERE account_id = $1 AND status IN ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE') AND provider <> 'COMPLIMENTARY'
              AND duplicate_of IS NULL""";
    private static final String OPEN = """
            SELECT c.id, c.provider, c.provider_checkout_id, c.url, c.currency, c.amount_minor, c.expires_at, p.code
            FROM billing_checkouts c JOIN billing_plans p ON p.id = c.plan_id
            WHERE c.account_id = $1 AND c.status = 'OPEN' FOR UPDATE OF c""";
    private static final String EXPIRE = "UPDATE billing_checkouts SET status = 'EXPIRED' WHERE id = $1 AND status = 'OPEN'";
    private static final String HAD_PLAN = """
            SELECT 1 FROM billing_subscriptions WHERE account_id = $1 AND plan_id = (SELECT id FROM billing_plans WHERE code = $2)
              AND provider <> 'COMPLIMENTARY' LIMIT 1""";
    private static final String INSERT = """
            INSERT INTO billing_checkouts (id, account_id, plan_id, currency, amount_minor, provider, status, expires_at)
            VALUES ($1, $2, (SELECT id FROM billing_plans WHERE code = $3), $4, $5::bigint, $6, 'OPEN', $7)""";
    private static final String STARTED = "UPDATE billing_checkouts SET provider_checkout_id = $2, url = $3 WHERE id = $1";
    private static final String CUSTOMER = "SELECT provider_customer_id FROM billing_customers WHERE account_id = $1 AND provider = $2";
    private static final String NEW_CUSTOMER = """
            INSERT INTO billing_customers (account_id, provider, provider_customer_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING""";
    private static final String BILLED_TO = """
            UPDATE billing_customers SET billing_name = coalesce($3, billing_name), country = coalesce($4, country)
            WHERE account_id = $1 AND provider = $2""";
    private static final String CLOSE = """
            UPDATE billing_checkouts SET status = $2::text, completed_at = CASE WHEN $2::text = 'COMPLETED' THEN now() END
            WHERE provider = $3 AND provider_checkout_id = $1 AND status = 'OPEN'""";

    /** A checkout claimed in the database, before or after its provider page exists. */
    private record Claim(CheckoutView view, String replacedProviderId, boolean reused) {
    }

    private final PlanCatalogue catalogue;
    private final StripeGateway stripe;
    private final StripePrices prices;
    private final MoyasarGateway moyasar;
    private final MoyasarPrices moyasarPrices;
    private final BillingConfig config;
    private final Pool database;

    public Checkouts(PlanCatalogue catalogue, StripeGateway stripe, StripePrices prices, MoyasarGateway moyasar, MoyasarPrices moyasarPrices,
                     BillingConfig config, Pool database) {
        this.catalogue = catalogue;
        this.stripe = stripe;
        this.prices = prices;
        this.moyasar = moyasar;
        this.moyasarPrices = moyasarPrices;
        this.config = config;
        this.database = database;
    }

    public Uni<CheckoutView> start(Caller caller, CheckoutRequest request, String idempotencyKey) {
        String accountId = caller.userId();
        return catalogue.byCode(request.planCode()).chain(found -> {
            PlanView plan = found.filter(p -> p.offeredTo(caller) && !p.prices().isEmpty())
                    .orElseThrow(() -> ProblemException.invalid("planCode", "is not a plan you can buy; see GET /billing/plans"));
            Price price = plan.priceIn(request.currency()).orElseThrow(() -> ProblemException.invalid("currency", "the plan is sold in "
                    + plan.prices().stream().map(p -> p.currency().name()).collect(Collectors.joining(", "))));
            Provider provider = Provider.choose(request.currency(), request.country());
            Map<String, Object> source = moyasarSource(provider, request.source());
            return database.withTransaction(connection -> claim(connection, accountId, plan, price, provider))
                    .call(claim -> claim.replacedProviderId() == null || claim.view().provider() != Provider.STRIPE
                            ? Uni.createFrom().voidItem() : OffLoop.run(() -> expireQuietly(claim.replacedProviderId())))
                    .chain(claim -> claim.reused() ? Uni.createFrom().item(claim.view())
                            : provider == Provider.STRIPE ? openAtStripe(accountId, plan, claim.view(), idempotencyKey, request)
                            : openAtMoyasar(accountId, plan, claim.view(), request, source));
        });
    }

    /** A provider's word that a checkout was paid or lapsed; a checkout moves from OPEN only. */
    public Uni<Void> closed(SqlConnection connection, Provider provider, String providerCheckoutId, boolean completed) {
        return connection.preparedQuery(CLOSE).execute(Tuple.of(providerCheckoutId, completed ? "COMPLETED" : "EXPIRED", provider.name()))
                .replaceWithVoid();
    }

    private Uni<Claim> claim(SqlConnection connection, String accountId, PlanView plan, Price price, Provider provider) {
        return connection.preparedQuery(PAYING).execute(Tuple.of(accountId)).chain(paying -> {
            if (paying.size() > 0) {
                throw ProblemException.conflict("You already pay for a plan; change it with POST /billing/subscription/change.");
            }
            return connection.preparedQuery(OPEN).execute(Tuple.of(accountId));
        }).chain(open -> {
            Row existing = open.size() == 0 ? null : open.iterator().next();
            Instant stillUsable = Instant.now().plus(Duration.ofMinutes(5));
            if (existing != null && provider == Provider.STRIPE && existing.getString("code").equals(plan.code()) && existing.getString("currency").equals(price.currency().name())
                    && existing.getString("url") != null && existing.getOffsetDateTime("expires_at").toInstant().isAfter(stillUsable)) {
                return Uni.createFrom().item(new Claim(view(existing, plan), null, true));
            }
            Uni<?> replaced = existing == null ? Uni.createFrom().voidItem()
                    : connection.preparedQuery(EXPIRE).execute(Tuple.of(existing.getUUID("id")));
            UUID id = UUID.randomUUID();
            Instant expires = Instant.now().plus(LIFETIME);
            return replaced.chain(() -> connection.preparedQuery(HAD_PLAN).execute(Tuple.of(accountId, plan.code())))
                    .chain(had -> connection.preparedQuery(INSERT).execute(Tuple.from(new Object[] {id, accountId, plan.code(),
                                    price.currency().name(), price.amountMinor(), provider.name(), expires.atOffset(ZoneOffset.UTC)}))
                            .map(ignored -> new Claim(new CheckoutView(id, provider, "OPEN", null, plan.code(), price.currency().name(),
                                    price.amountMinor(), Vat.within(price.amountMinor(), price.currency().name()),
                                    had.size() == 0 && provider.trials() ? plan.trialDays() : 0, expires),
                                    existing == null ? null : existing.getString("provider_checkout_id"), false)));
        });
    }

    private Uni<CheckoutView> openAtStripe(String accountId, PlanView plan, CheckoutView claimed, String idempotencyKey,
                                           CheckoutRequest request) {
        return customer(accountId)
                .call(() -> database.preparedQuery(BILLED_TO).execute(Tuple.of(accountId, Provider.STRIPE.name(),
                        request.billingName() == null ? null : request.billingName().strip(), request.country())))
                .chain(customer -> prices.of(plan, claimed.currency(), claimed.amountMinor())
                .chain(price -> OffLoop.call(() -> stripe.createSession(new CheckoutSession(claimed.id().toString(), accountId, plan.code(),
                        customer, price, claimed.trialDays(), config.appUrl() + "/billing/return?checkout=" + claimed.id(),
                        config.appUrl() + "/billing/plans", claimed.expiresAt(),
                        ProviderKeys.of("checkout", accountId, idempotencyKey == null ? claimed.id().toString() : idempotencyKey))))))
                .onFailure().call(() -> database.preparedQuery(EXPIRE).execute(Tuple.of(claimed.id())))
                .chain(session -> database.preparedQuery(STARTED).execute(Tuple.of(claimed.id(), session.getId(), session.getUrl()))
                        .map(ignored -> new CheckoutView(claimed.id(), claimed.provider(), "OPEN", session.getUrl(), claimed.planCode(),
                                claimed.currency(), claimed.amountMinor(), claimed.vatMinor(), claimed.trialDays(), claimed.expiresAt())));
    }

    /**
     * Moyasar: the payment is made at once from the buyer's source, with the checkout's id as its
     * {@code given_id}, recorded before asking so that its webhook finds it however early it comes.
     * The buyer then authenticates at its {@code transaction_url} (3-D Secure, the STC Pay code);
     * a payment declined outright is a 402, and the checkout ends.
     */
    private Uni<CheckoutView> openAtMoyasar(String accountId, PlanView plan, CheckoutView claimed, CheckoutRequest request,
                                            Map<String, Object> source) {
        String customer = MoyasarPrices.customer(accountId);
        String returnUrl = config.appUrl() + "/billing/return?checkout=" + claimed.id();
        Charge charge = new Charge(claimed.id(), claimed.amountMinor(), claimed.currency(), "Slate " + plan.name() + ", one month",
                returnUrl, source, Map.of("checkoutId", claimed.id().toString(), "planCode", plan.code()));
        return database.preparedQuery(NEW_CUSTOMER).execute(Tuple.of(accountId, Provider.MOYASAR.name(), customer))
                .call(() -> database.preparedQuery(BILLED_TO).execute(Tuple.of(accountId, Provider.MOYASAR.name(),
                        request.billingName() == null ? null : request.billingName().strip(), request.country())))
                .call(() -> moyasarPrices.of(plan, claimed.currency(), claimed.amountMinor()))
                .call(() -> database.preparedQuery(STARTED).execute(Tuple.of(claimed.id(), claimed.id().toString(), null)))
                .chain(() -> OffLoop.call(() -> moyasar.pay(charge)))
                .chain(payment -> {
                    if (payment.failed()) {
                        return database.preparedQuery(EXPIRE).execute(Tuple.of(claimed.id())).chain(() -> Uni.createFrom()
                                .<CheckoutView>failure(new ProblemException(Problem.of("card-declined", "Payment declined", 402,
                                        "Moyasar declined the payment (" + payment.declineMessage() + "); nothing was charged. Try another"
                                                + " card or method.", List.of()))));
                    }
                    String url = payment.paid() || payment.source() == null || payment.source().transactionUrl() == null ? returnUrl
                            : payment.source().transactionUrl();
                    return database.preparedQuery(STARTED).execute(Tuple.of(claimed.id(), claimed.id().toString(), url))
                            .map(ignored -> new CheckoutView(claimed.id(), claimed.provider(), "OPEN", url, claimed.planCode(),
                                    claimed.currency(), claimed.amountMinor(), claimed.vatMinor(), 0, claimed.expiresAt()));
                });
    }

    /** Moyasar takes the buyer's source from Slate; Stripe takes the card on its own page. */
    private static Map<String, Object> moyasarSource(Provider provider, MoyasarSource source) {
        if (provider == Provider.MOYASAR && source == null) {
            throw ProblemException.invalid("source", "is required to pay through Moyasar (in riyals or from Saudi Arabia): a card"
                    + " token, Apple Pay or STC Pay");
        }
        if (provider == Provider.STRIPE && source != null) {
            throw ProblemException.invalid("source", "is only for payments through Moyasar (in riyals or from Saudi Arabia); the card"
                    + " is given on Stripe's page");
        }
        return source == null ? null : source.asMoyasarSource();
    }

    /** The account's Stripe customer, made once (the idempotency key makes a concurrent second call return the same one). */
    private Uni<String> customer(String accountId) {
        return database.preparedQuery(CUSTOMER).execute(Tuple.of(accountId, Provider.STRIPE.name())).chain(rows -> rows.size() > 0
                ? Uni.createFrom().item(rows.iterator().next().getString("provider_customer_id"))
                : OffLoop.call(() -> stripe.createCustomer(accountId)).call(made -> database.preparedQuery(NEW_CUSTOMER)
                        .execute(Tuple.of(accountId, Provider.STRIPE.name(), made))));
    }

    private void expireQuietly(String providerCheckoutId) {
        try {
            stripe.expireSession(providerCheckoutId);
        } catch (ProblemException e) {
            // Its page lapses by itself within 30 minutes of being made.
            LOG.warnf("A replaced checkout %s could not be expired at Stripe", providerCheckoutId);
        }
    }

    private static CheckoutView view(Row row, PlanView plan) {
        long amount = row.getLong("amount_minor");
        Provider provider = Provider.valueOf(row.getString("provider"));
        return new CheckoutView(row.getUUID("id"), provider, "OPEN", row.getString("url"), plan.code(),
                row.getString("currency"), amount, Vat.within(amount, row.getString("currency")), provider.trials() ? plan.trialDays() : 0,
                row.getOffsetDateTime("expires_at").toInstant());
    }
}
