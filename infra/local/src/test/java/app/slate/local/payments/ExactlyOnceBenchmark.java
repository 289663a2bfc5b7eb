package app.slate.local.payments;

import app.slate.local.payments.StripeLifecycles.Lifecycle;
import app.slate.standins.StandInsState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The exactly-once benchmark against {@code ./slate run}: about 1,000 customers' subscription
 * lifecycles as signed Stripe deliveries (about 10,000 with 30% of them sent twice), shuffled, sent
 * by eight senders to /webhooks/stripe; then 300 Moyasar customers' payments made at the Moyasar
 * stand-in, their events (paid, failed, refunded) sent the same way to /webhooks/moyasar. For each,
 * prints how fast deliveries were acknowledged (per second, p50 and p99 per delivery), how long
 * until the worker had applied them all, and how many customers ended in a wrong state
 * (subscription status, bills held once, refunds), which must be 0. The customers, their price
 * (and Moyasar's open checkouts) are written as checkouts would have left them, straight into the
 * local cloud's database.
 * <pre>./slate bench payments [--customers 1100] [--moyasar-customers 300] [--url http://localhost:8080]</pre>
 */
public final class ExactlyOnceBenchmark {

    private ExactlyOnceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = 1100;
        int moyasarCustomers = 300;
        String url = "http://localhost:8080";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--customers" -> customers = Integer.parseInt(args[i + 1]);
                case "--moyasar-customers" -> moyasarCustomers = Integer.parseInt(args[i + 1]);
                case "--url" -> url = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        StandInsState standIns = StandInsState.read(Path.of(".slate/standins.json"));
        String secret = standIns.endpoint("stripe.webhook-secret");
        Random random = new Random(20261202);
        String price = "price_" + StripeLifecycles.token();
        List<Lifecycle> lifecycles = new StripeLifecycles(price, 2900, Instant.now().minus(Duration.ofDays(120)).getEpochSecond())
                .make(customers, random);

        try (Connection database = DriverManager.getConnection(standIns.endpoint("postgres.jdbc-url"), standIns.endpoint("postgres.user"),
                standIns.endpoint("postgres.password"))) {
            seed(database, price, lifecycles);
            System.out.println("Stripe: subscription lifecycles as signed events");
            run(database, lifecycles, random, URI.create(url + "/webhooks/stripe"), body -> StripeDeliveries.signature(secret, body));

            System.out.println("Moyasar: payments made at the Moyasar stand-in (deliveries paused), their events delivered here;"
                    + " the worker fetches each payment from Moyasar");
            List<Lifecycle> moyasar = new MoyasarLifecycles(standIns).make(moyasarCustomers, random, database);
            run(database, moyasar, random, URI.create(url + "/webhooks/moyasar"), null);
        }
    }

    /**
     * Sends the lifecycles' events, 30% twice and shuffled, by eight senders; prints acknowledgement
     * figures, then waits until every customer is in their right state (or 15 minutes) and prints how
     * long that took and how many are wrong. {@code signature}: the Stripe-Signature of a body, or null.
     */
    private static void run(Connection database, List<Lifecycle> lifecycles, Random random, URI endpoint,
                            Function<String, String> signature) throws Exception {
        List<String> deliveries = StripeLifecycles.deliveries(lifecycles, 0.3, random);
        int events = lifecycles.stream().mapToInt(l -> l.events().size()).sum();
        System.out.printf("%d customers, %d events, %d deliveries (%d sent twice), shuffled; 8 senders to %s%n",
                lifecycles.size(), events, deliveries.size(), deliveries.size() - events, endpoint);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (String body : deliveries) {
            sent.add(senders.submit(() -> {
                long at = System.nanoTime();
                HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(body));
                if (signature != null) {
                    request.header("Stripe-Signature", signature.apply(body));
                }
                HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                micros.add((System.nanoTime() - at) / 1_000);
                if (answer.statusCode() != 200) {
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> delivery : sent) {
            delivery.get();
        }
        senders.shutdown();
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("acknowledged: %.0f deliveries/s (%.1f s), p50 %.1f ms, p99 %.1f ms, max %.1f ms per delivery; %d not 200%n",
                deliveries.size() / sendSeconds, sendSeconds, sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) (sorted.size() * 0.99)) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0, refused.get());

        List<String> wrong = List.of("not checked");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
        while (Instant.now().isBefore(deadline)) {
            wrong = wrong(database, lifecycles);
            if (wrong.isEmpty()) {
                break;
            }
            Thread.sleep(1_000);
        }
        double appliedSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("applied: all %d deliveries in %.1f s from the first send (%.0f deliveries/s end to end)%n",
                deliveries.size(), appliedSeconds, deliveries.size() / appliedSeconds);
        System.out.printf("wrong states: %d of %d customers%n", wrong.size(), lifecycles.size());
        wrong.stream().limit(10).forEach(line -> System.out.println("  " + line));
    }

    private static void seed(Connection database, String price, List<Lifecycle> lifecycles) throws Exception {
        try (PreparedStatement statement = database.prepareStatement("""
                INSERT INTO billing_provider_prices (provider_price_id, provider, plan_id, currency, amount_minor)
                VALUES (?, 'STRIPE', (SELECT id FROM billing_plans WHERE code = 'professional'), 'USD', 2900)""")) {
            statement.setString(1, price);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = database.prepareStatement(
                "INSERT INTO billing_customers (account_id, provider, provider_customer_id) VALUES (?, 'STRIPE', ?)")) {
            for (Lifecycle lifecycle : lifecycles) {
                statement.setString(1, lifecycle.accountId());
                statement.setString(2, lifecycle.customerId());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static List<String> wrong(Connection database, List<Lifecycle> lifecycles) throws Exception {
        List<ExactlyOnceCheck.Held> held = new ArrayList<>();
        try (PreparedStatement statement = database.prepareStatement(ExactlyOnceCheck.HELD.replace("$1", "?"))) {
            statement.setArray(1, database.createArrayOf("text", lifecycles.stream().map(Lifecycle::accountId).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    held.add(new ExactlyOnceCheck.Held(rows.getString("account_id"), rows.getString("status"), rows.getLong("bills"),
                            rows.getLong("refunded")));
                }
            }
        }
        return ExactlyOnceCheck.wrong(held, lifecycles);
    }
}
