package app.slate.platform.http.webhook;

import app.slate.platform.blocking.OffLoop;
import app.slate.platform.idempotency.IdempotencyStore;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Applies each provider delivery once. Providers deliver at least once and retry on any non-2xx,
 * so a duplicate is answered 200 without touching anything, and a failed attempt gives its claim
 * back so the retry runs for real.
 */
@ApplicationScoped
public class Deliveries {

    public enum Outcome { APPLIED, DUPLICATE }

    private final IdempotencyStore store;

    public Deliveries(IdempotencyStore store) {
        this.store = store;
    }

    public Uni<Outcome> once(String deliveryKey, Supplier<Uni<Void>> apply) {
        return OffLoop.call(() -> store.claim(deliveryKey)).chain(claim -> switch (claim) {
            case ALREADY_DONE -> Uni.createFrom().item(Outcome.DUPLICATE);
            case IN_PROGRESS -> Uni.createFrom().failure(
                    ProblemException.conflict("This delivery is being applied right now; retry later."));
            case PROCEED -> apply.get()
                    .onFailure().call(() -> OffLoop.run(() -> store.release(deliveryKey)))
                    .chain(() -> OffLoop.run(() -> store.complete(deliveryKey)))
                    .replaceWith(Outcome.APPLIED);
        });
    }
}
