package app.slate.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * One index or delete carrying the source's version as an external version. A version conflict
 * means OpenSearch already holds this change or a newer one; a missing document means there is
 * nothing to remove. Both are success. The plain HTTP transport and the SigV4 one report HTTP
 * statuses differently, hence the two exception types.
 */
public final class VersionedWrite {

    private static final Logger LOG = Logger.getLogger(VersionedWrite.class);
    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;

    public interface Write {
        void run() throws IOException;
    }

    private VersionedWrite() {
    }

    public static void run(String action, String id, long version, Write write) {
        applied(action, id, version, write);
    }

    /** The same; true when the write took effect, false when OpenSearch already held this change or a newer one (or nothing to remove). */
    public static boolean applied(String action, String id, long version, Write write) {
        int status;
        try {
            write.run();
            return true;
        } catch (OpenSearchException e) {
            status = e.status();
            if (status != CONFLICT && status != NOT_FOUND) {
                throw e;
            }
        } catch (ResponseException e) {
            status = e.status();
            if (status != CONFLICT && status != NOT_FOUND) {
                throw new UncheckedIOException(action + " " + id + " failed", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(action + " " + id + " failed", e);
        }
        LOG.debugf("%s %s at version %d skipped: OpenSearch answered %d", action, id, version, status);
        return false;
    }
}
