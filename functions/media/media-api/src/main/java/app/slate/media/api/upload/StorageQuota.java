package app.slate.media.api.upload;

import app.slate.media.reads.StorageUse;
import app.slate.payments.reads.Entitlements;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * An upload must fit in the storage the account's plan allows, counting what it already holds
 * and its uploads in flight. A 409, not a 402: deleting media makes room as well as upgrading.
 */
@ApplicationScoped
public class StorageQuota {

    private final StorageUse storage;
    private final Entitlements entitlements;

    public StorageQuota(StorageUse storage, Entitlements entitlements) {
        this.storage = storage;
        this.entitlements = entitlements;
    }

    /** What an account holds against what its plan allows. */
    public record Usage(long usedBytes, long allowedBytes, String planName) {
    }

    public Uni<Usage> of(String ownerId) {
        return entitlements.of(ownerId).chain(plan -> storage.heldBy(ownerId).map(held -> new Usage(held, plan.storageBytes(),
                plan.planName())));
    }

    public Uni<Void> reserve(String ownerId, long sizeBytes) {
        return entitlements.of(ownerId).chain(plan -> storage.heldBy(ownerId).invoke(held -> {
            if (!plan.holds(held + sizeBytes)) {
                throw new ProblemException(Problem.of("storage-quota-exceeded", "Storage quota exceeded", 409,
                        "This upload needs " + sizeBytes + " bytes; " + Math.max(0, plan.storageBytes() - held) + " of the "
                                + plan.storageBytes() + " your " + plan.planName() + " plan holds are free. Delete media you no"
                                + " longer need, or see GET /billing/plans for more room.", List.of()));
            }
        })).replaceWithVoid();
    }
}
