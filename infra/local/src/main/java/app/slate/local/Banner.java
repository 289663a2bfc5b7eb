package app.slate.local;

import app.slate.platform.search.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;

/** Tells the person at the terminal where Slate is, how to get a token, and when it is ready. */
@ApplicationScoped
public class Banner {

    private static final Logger LOG = Logger.getLogger(Banner.class);
    private static final Duration INDEXING_WAIT = Duration.ofMinutes(3);

    private final OpenSearchClient openSearch;
    private final SearchConfig search;
    private final int port;

    public Banner(OpenSearchClient openSearch, SearchConfig search, @ConfigProperty(name = "quarkus.http.port") int port) {
        this.openSearch = openSearch;
        this.search = search;
        this.port = port;
    }

    /** Waits until search holds every published profile, then prints how to use the local cloud. */
    void demoDataReady(long published) throws Exception {
        long indexed = 0;
        Instant deadline = Instant.now().plus(INDEXING_WAIT);
        while (Instant.now().isBefore(deadline)) {
            openSearch.indices().refresh(r -> r.index(search.talentIndex()));
            indexed = openSearch.count(c -> c.index(search.talentIndex())).count();
            if (indexed >= published) {
                break;
            }
            Thread.sleep(250);
        }
        String url = "http://localhost:" + port;
        long millis = (System.nanoTime() - LocalCloud.STARTED) / 1_000_000;
        LOG.infof("""

                ==============================================================================
                 Slate local cloud is ready on %1$s  (%2$d ms, %3$d talent searchable)
                   health     %1$s/health
                   API docs   %1$s/docs      (OpenAPI document: %1$s/openapi)
                   mailbox    %1$s/local/mailbox  (every email, text and push Slate sent; JSON: %1$s/local/messages)
                 Demo accounts (password "%4$s"): %5$s, %6$s, %7$s,
                 and %8$s (guardian of a minor). Log in, then use the token:
                   TOKEN=$(curl -s -X POST %1$s/auth/login -H 'Content-Type: application/json' \\
                           -d '{"email":"%6$s","password":"%4$s"}' | sed 's/.*"accessToken":"\\([^"]*\\)".*/\\1/')
                   curl -s -H "Authorization: Bearer $TOKEN" '%1$s/talents?language=en&ageFrom=25&ageTo=35&limit=5'
                ==============================================================================
                """, url, millis, indexed, DemoAccounts.PASSWORD, DemoAccounts.TALENT, DemoAccounts.CASTING,
                DemoAccounts.ADMIN, DemoAccounts.GUARDIAN);
    }
}
