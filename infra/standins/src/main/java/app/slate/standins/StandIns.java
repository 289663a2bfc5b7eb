package app.slate.standins;

import app.slate.standins.moyasar.MoyasarStandIn;
import app.slate.standins.stripe.StripeStandIn;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** One running set of stand-ins, each with its data under one folder. */
final class StandIns implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StandIns.class);
    static final String REGION = "us-east-1";
    static final String ACCOUNT_ID = "000000000000";
    static final String STACK_NAME = "slate";
    static final String ACCESS_KEY = "slatelocal";
    static final String SECRET_KEY = "slatelocalsecret";

    private final PostgresStandIn postgres;
    private final SqsStandIn sqs;
    private final DynamoStandIn dynamo;
    private final S3StandIn s3;
    private final SesStandIn ses;
    private final PushServiceStandIn push;
    private final TwilioStandIn twilio;
    private final StripeStandIn stripe;
    private final MoyasarStandIn moyasar;
    private final AuthenticaStandIn authentica;
    /** The secret token the local cloud registers its Moyasar webhook with (an operator chooses it in Moyasar's dashboard). */
    private final String moyasarWebhookSecret = "moyasar-local-" + UUID.randomUUID();
    private final VapidKeys vapid = VapidKeys.generate();
    private final OpenSearchStandIn openSearch;
    private final SqsClient notificationClient;

    private StandIns(PostgresStandIn postgres, SqsStandIn sqs, DynamoStandIn dynamo, S3StandIn s3, SesStandIn ses,
                     PushServiceStandIn push, TwilioStandIn twilio, StripeStandIn stripe, MoyasarStandIn moyasar, AuthenticaStandIn authentica,
                     OpenSearchStandIn openSearch) {
        this.postgres = postgres;
        this.sqs = sqs;
        this.dynamo = dynamo;
        this.s3 = s3;
        this.ses = ses;
        this.push = push;
        this.twilio = twilio;
        this.stripe = stripe;
        this.moyasar = moyasar;
        this.authentica = authentica;
        this.openSearch = openSearch;
        this.notificationClient = clients().sqs();
    }

    static StandIns start(Path dataDir) throws Exception {
        long started = System.nanoTime();
        // OpenSearch is the slowest by far: start it first and bring the rest up meanwhile.
        var openSearch = CompletableFuture.supplyAsync(() -> {
            try {
                return OpenSearchStandIn.start(directory(dataDir, "opensearch"));
            } catch (Exception e) {
                throw new IllegalStateException("OpenSearch did not start", e);
            }
        });
        PostgresStandIn postgres = PostgresStandIn.start(directory(dataDir, "postgres"));
        SqsStandIn sqs = SqsStandIn.start(directory(dataDir, "sqs"));
        DynamoStandIn dynamo = DynamoStandIn.start(directory(dataDir, "dynamodb"));
        S3StandIn s3 = S3StandIn.start(directory(dataDir, "s3"));
        SesStandIn ses = SesStandIn.start(directory(dataDir, "ses"));
        PushServiceStandIn push = PushServiceStandIn.start();
        TwilioStandIn twilio = TwilioStandIn.start();
        StripeStandIn stripe = StripeStandIn.start(Ports.free(), directory(dataDir, "stripe"));
        MoyasarStandIn moyasar = MoyasarStandIn.start(Ports.free(), directory(dataDir, "moyasar"));
        AuthenticaStandIn authentica = AuthenticaStandIn.start();
        StandIns standIns = new StandIns(postgres, sqs, dynamo, s3, ses, push, twilio, stripe, moyasar, authentica, openSearch.join());
        LOG.infof("Stand-ins ready in %d ms", (System.nanoTime() - started) / 1_000_000);
        return standIns;
    }

    private static Path directory(Path parent, String name) throws IOException {
        return Files.createDirectories(parent.resolve(name));
    }

    /** Event notifications need a long-lived SQS client: it stays open as long as the stand-ins. */
    void notifyOn(String bucket, String prefix, String suffix, String queueUrl) {
        s3.notifyOn(notificationClient, bucket, prefix, suffix, queueUrl);
    }

    String openSearchEndpoint() {
        return openSearch.endpoint();
    }

    Clients clients() {
        return new Clients();
    }

    /** What a client needs to reach each stand-in, as written to the state file. */
    Map<String, String> endpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("postgres.jdbc-url", postgres.jdbcUrl());
        endpoints.put("postgres.reactive-url", "postgresql://127.0.0.1:" + postgres.port() + "/" + PostgresStandIn.DATABASE);
        endpoints.put("postgres.user", PostgresStandIn.USER);
        endpoints.put("postgres.password", PostgresStandIn.PASSWORD);
        endpoints.put("sqs", sqs.endpoint());
        endpoints.put("dynamodb", dynamo.endpoint());
        endpoints.put("s3", s3.endpoint());
        endpoints.put("ses", ses.endpoint());
        endpoints.put("push", push.endpoint());
        endpoints.put("push.vapid-public-key", vapid.publicKey());
        endpoints.put("push.vapid-private-key", vapid.privateKey());
        endpoints.put("twilio", twilio.endpoint());
        endpoints.put("twilio.primary.sid", twilio.primary().sid());
        endpoints.put("twilio.primary.token", twilio.primary().token());
        endpoints.put("twilio.fallback.sid", twilio.fallback().sid());
        endpoints.put("twilio.fallback.token", twilio.fallback().token());
        endpoints.put("stripe", stripe.endpoint());
        endpoints.put("stripe.secret-key", stripe.secretKey());
        endpoints.put("stripe.webhook-secret", stripe.webhookSecret());
        endpoints.put("moyasar", moyasar.endpoint());
        endpoints.put("moyasar.secret-key", moyasar.secretKey());
        endpoints.put("moyasar.publishable-key", moyasar.publishableKey());
        endpoints.put("moyasar.webhook-secret", moyasarWebhookSecret);
        endpoints.put("authentica", authentica.endpoint());
        endpoints.put("authentica.api-key", authentica.apiKey());
        endpoints.put("opensearch", openSearch.endpoint());
        endpoints.put("region", REGION);
        endpoints.put("access-key", ACCESS_KEY);
        endpoints.put("secret-key", SECRET_KEY);
        return endpoints;
    }

    void migrateDatabase() {
        app.slate.migrations.SchemaMigrations.apply(postgres.jdbcUrl(), PostgresStandIn.USER, PostgresStandIn.PASSWORD);
    }

    @Override
    public void close() {
        notificationClient.close();
        closeQuietly(openSearch);
        closeQuietly(ses);
        closeQuietly(push);
        closeQuietly(twilio);
        closeQuietly(stripe);
        closeQuietly(moyasar);
        closeQuietly(authentica);
        closeQuietly(s3);
        closeQuietly(dynamo);
        closeQuietly(sqs);
        closeQuietly(postgres);
    }

    private static void closeQuietly(AutoCloseable standIn) {
        try {
            standIn.close();
        } catch (Exception e) {
            LOG.warnf(e, "Stopping %s failed", standIn.getClass().getSimpleName());
        }
    }

    final class Clients {
        private final StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));

        SqsClient sqs() {
            return build(SqsClient.builder(), sqs.endpoint());
        }

        DynamoDbClient dynamo() {
            return build(DynamoDbClient.builder(), dynamo.endpoint());
        }

        S3Client s3() {
            return build(S3Client.builder().forcePathStyle(true), s3.endpoint());
        }

        private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, String endpoint) {
            return builder.httpClient(UrlConnectionHttpClient.create()).region(Region.of(REGION))
                    .credentialsProvider(credentials).endpointOverride(URI.create(endpoint)).build();
        }
    }
}
