package app.slate.casting.selftape;

import app.slate.casting.submission.SubmissionService;
import app.slate.identity.account.ActingTalent;
import app.slate.media.MediaAsset;
import app.slate.media.MediaConfig;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.reads.TalentReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The sides of a self-tape request as its talent receives them: the team's PDF, stamped with
 * the talent's name, the date and the submission's reference. Nobody else gets this copy; the
 * team has its own upload.
 */
@ApplicationScoped
public class SelfTapeSides {

    private final S3Client s3;
    private final MediaConfig media;
    private final TalentReads talent;

    public SelfTapeSides(S3Client s3, MediaConfig media, TalentReads talent) {
        this.s3 = s3;
        this.media = media;
        this.talent = talent;
    }

    public Uni<byte[]> forTalent(Caller caller, UUID requestId) {
        return Panache.withSession(() -> ActingTalent.check(caller, "Requests")
                .chain(() -> SelfTapeRequest.<SelfTapeRequest>findById(requestId))
                .onItem().ifNull().failWith(SelfTapeSides::notFound)
                .chain(request -> stampFor(caller, request)))
                .chain(stamp -> OffLoop.call(() -> SidesWatermark.apply(
                        s3.getObjectAsBytes(get -> get.bucket(media.bucket()).key(stamp.key())).asByteArray(),
                        stamp.recipient(), LocalDate.now(ZoneOffset.UTC))));
    }

    private record Stamp(String key, String recipient) {
    }

    /** Where the sides are and whom to stamp them for; the talent of the request's submission only. */
    private Uni<Stamp> stampFor(Caller caller, SelfTapeRequest request) {
        if (request.sidesAssetId == null) {
            return Uni.createFrom().failure(notFound());
        }
        return SubmissionService.own(caller, request.submissionId).onFailure().transform(e -> notFound())
                .chain(submission -> MediaAsset.byId(request.sidesAssetId).chain(sides -> talent.byId(submission.talentProfileId)
                        .map(profile -> new Stamp(sides.originalKey,
                                profile.displayName() + " \u00b7 ref " + submission.id.toString().substring(0, 8)))));
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No sides for this self-tape request");
    }
}
