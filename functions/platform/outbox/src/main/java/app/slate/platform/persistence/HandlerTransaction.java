package app.slate.platform.persistence;

import app.slate.platform.blocking.Await;
import app.slate.platform.logging.Correlation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;
import org.jboss.logging.MDC;

/**
 * A transaction of a consumer or a schedule, through the same entities the HTTP functions use:
 * Lambda calls those handlers on a plain thread, so the transaction runs on a Vert.x context of its
 * own and the handler waits for it, at most {@link Await#LIMIT}.
 */
public final class HandlerTransaction {

    private HandlerTransaction() {
    }

    public static <T> T run(Supplier<Uni<T>> work) {
        // The Vert.x context is new: the correlation id of the event being handled goes along, for the events the work records.
        String correlation = Correlation.current();
        try {
            return VertxContextSupport.subscribeAndAwait(() -> {
                if (correlation != null) {
                    MDC.put(Correlation.ID, correlation);
                }
                return Panache.withTransaction(work).ifNoItem().after(Await.LIMIT).fail();
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
