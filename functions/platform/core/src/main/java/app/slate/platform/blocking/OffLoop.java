package app.slate.platform.blocking;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs blocking work (a DynamoDB call, a password hash) on a worker thread and comes back to
 * the caller's Vert.x context afterwards, because Hibernate Reactive only works on the event
 * loop it started on. Outside a Vert.x context (a plain test) the result stays on the worker.
 */
public final class OffLoop {

    private OffLoop() {
    }

    public static <T> Uni<T> call(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> offloaded = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        if (context == null) {
            return offloaded;
        }
        Executor back = task -> context.runOnContext(ignored -> task.run());
        return offloaded.emitOn(back);
    }

    public static Uni<Void> run(Runnable work) {
        return call(() -> {
            work.run();
            return null;
        });
    }
}
