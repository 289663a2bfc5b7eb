package app.slate.casting.verification;

import app.slate.casting.role.CastingRole;
import app.slate.identity.reads.Verifications;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The casting operations the product puts behind a verified identity, chosen by configuration
 * ({@code slate.verification.gates}, template: VerificationGates): {@code submit-to-saudi-roles}
 * (talent submitting to a role in Saudi Arabia, where productions ask for a verified national ID)
 * and {@code open-paid-roles} (a casting account opening a paid role, against "pay to audition"
 * scams). A gated caller without a valid verification gets a 403 that says how to verify.
 */
@ApplicationScoped
public class VerificationGates {

    public static final String SUBMIT_TO_SAUDI_ROLES = "submit-to-saudi-roles";
    public static final String OPEN_PAID_ROLES = "open-paid-roles";

    private final Verifications verifications;
    private final List<String> gates;

    public VerificationGates(Verifications verifications,
                             @ConfigProperty(name = "slate.verification.gates", defaultValue = SUBMIT_TO_SAUDI_ROLES) List<String> gates) {
        this.verifications = verifications;
        this.gates = gates.stream().map(String::strip).toList();
    }

    public Uni<Void> checkSubmission(Caller talent, CastingRole role) {
        boolean gated = gates.contains(SUBMIT_TO_SAUDI_ROLES) && "SA".equals(role.details.location().country());
        return gated ? require(talent, "Submitting to roles in Saudi Arabia") : Uni.createFrom().voidItem();
    }

    /** Admins opening an ingested casting call are not gated: they checked the call themselves. */
    public Uni<Void> checkOpening(Caller caller, CastingRole role) {
        boolean gated = gates.contains(OPEN_PAID_ROLES) && !caller.isAdmin() && role.details.pay() != null && role.details.pay().paid();
        return gated ? require(caller, "Opening a paid role") : Uni.createFrom().voidItem();
    }

    private Uni<Void> require(Caller caller, String what) {
        return verifications.isVerified(caller.userId()).invoke(verified -> {
            if (!verified) {
                throw new ProblemException(Problem.of("verification-required", "Verified identity required", 403,
                        what + " needs a verified identity: verify with Nafath (POST /auth/verification), then try again.",
                        List.of()));
            }
        }).replaceWithVoid();
    }
}
