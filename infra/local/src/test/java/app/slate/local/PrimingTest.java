package app.slate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import app.slate.platform.blocking.Await;
import app.slate.platform.priming.Primer;
import app.slate.platform.priming.Priming;
import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What SnapStart runs before a snapshot and after a restore, run here by hand (this JVM has no
 * CRaC): every primer reaches its stand-in for real, the database primer's own connection is
 * closed again (a snapshot must hold none), and a restore counts as a cold start.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class PrimingTest {

    @Inject
    Instance<Primer> primers;

    @Inject
    Priming priming;

    @Inject
    Pool database;

    @Test
    void everyPrimer_callsItsBackingService_andLeavesNoConnectionOfItsOwn() {
        List<String> names = primers.stream().map(Primer::name).toList();
        assertThat(names).contains("the AWS SDK (DynamoDB)", "the OpenSearch client", "the PostgreSQL driver");
        for (Primer primer : primers) {
            assertThatCode(primer::prime).as(primer.name()).doesNotThrowAnyException();
        }
        // The server ends a closed connection's backend a moment after the client leaves.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(database
                .query("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'slate-priming'")
                .execute().await().atMost(Await.LIMIT).iterator().next().getLong(0)).isZero());
    }

    @Test
    void aRestore_isACountedColdStart() {
        double before = LocalMetricsTest.sum("ColdStarts", Map.of("Function", "local"));
        priming.afterRestore(null);
        assertThat(LocalMetricsTest.sum("ColdStarts", Map.of("Function", "local"))).isEqualTo(before + 1);
    }
}
