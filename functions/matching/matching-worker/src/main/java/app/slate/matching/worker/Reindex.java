package app.slate.matching.worker;

import app.slate.matching.reindex.ReindexQueue;
import app.slate.matching.source.MatchSources;
import app.slate.platform.blocking.Await;
import app.slate.platform.events.MatchingEvents.ReindexPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Re-embeds everything, a page at a time, after a change of embedding model: each page message
 * embeds up to a hundred rows and queues the next page, so no invocation runs long and a
 * failed page is retried alone. Pages are idempotent (versions), so a repeat only costs time.
 */
@ApplicationScoped
public class Reindex {

    private static final Logger LOG = Logger.getLogger(Reindex.class);
    private static final UUID FIRST = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
    static final int PAGE = 100;

    private final MatchSources sources;
    private final MatchIndexer indexer;
    private final ReindexQueue queue;

    public Reindex(MatchSources sources, MatchIndexer indexer, ReindexQueue queue) {
        this.sources = sources;
        this.indexer = indexer;
        this.queue = queue;
    }

    public void page(ReindexPage page) {
        boolean talent = "talent".equals(page.what());
        UUID after = page.after() == null ? FIRST : page.after();
        List<UUID> ids = (talent ? sources.publishedProfiles(after, PAGE) : sources.roles(after, PAGE)).await().atMost(Await.LIMIT);
        for (UUID id : ids) {
            if (talent) {
                indexer.talent(id, 0);
            } else {
                indexer.role(id, 0);
            }
        }
        if (ids.size() == PAGE) {
            queue.send(new ReindexPage(page.what(), ids.get(ids.size() - 1)));
        } else {
            LOG.infof("Reindex of %s finished", page.what());
        }
    }
}
