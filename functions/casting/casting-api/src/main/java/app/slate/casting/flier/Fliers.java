package app.slate.casting.flier;

import app.slate.casting.reads.Access;
import app.slate.casting.role.CastingRole;
import app.slate.casting.role.RoleStatus;
import app.slate.casting.role.TeamRole;
import app.slate.casting.role.Visibility;
import app.slate.media.MediaConfig;
import app.slate.media.SignedGets;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Role fliers for the role's team: the files are rendered once for what the flier says and kept in
 * the media bucket under {@code fliers/<role>/<fingerprint>/}, so asking again gives the same
 * files at once, and a change to the role (or its project's language) makes new ones. Old ones
 * expire by the bucket's lifecycle rule. Only an open, public role has a flier: it is an
 * invitation to anyone who sees it.
 */
@ApplicationScoped
public class Fliers {

    /** Changed whenever the painting changes, so that files painted before are not reused. */
    private static final String PAINTING = "2";

    private final S3Client s3;
    private final MediaConfig media;
    private final SignedGets signed;
    private final FlierConfig config;

    public Fliers(S3Client s3, MediaConfig media, SignedGets signed, FlierConfig config) {
        this.s3 = s3;
        this.media = media;
        this.signed = signed;
        this.config = config;
    }

    public Uni<FlierLinks> make(Caller caller, UUID roleId) {
        return Panache.withSession(() -> TeamRole.require(caller, roleId, Access.EDITOR))
                .map(team -> {
                    requirePublic(team.role());
                    FlierLetters.require(team.role(), team.project());
                    return FlierFacts.of(team.role(), team.project(), config.appUrl().resolve("/roles/" + roleId).toString());
                })
                .chain(facts -> OffLoop.call(() -> links(roleId, facts)));
    }

    private static void requirePublic(CastingRole role) {
        if (role.listed(Instant.now())) {
            return;
        }
        String why = Visibility.valueOf(role.visibility) != Visibility.PUBLIC ? "it is seen by invitation only"
                : role.status() == RoleStatus.DRAFT ? "it is still a draft"
                : role.status() == RoleStatus.CLOSED ? "it is closed"
                : "its deadline has passed";
        throw new ProblemException(Problem.of("role-not-public", "Role not public", 409,
                "A flier invites anyone who sees it, so only an open public role has one; this role has none because " + why + ".",
                List.of()));
    }

    private FlierLinks links(UUID roleId, FlierFacts facts) {
        String folder = "fliers/" + roleId + "/" + fingerprint(facts) + "/";
        // The page is written last: when it is there, so are the others.
        if (!stored(folder + FlierFormat.PAGE.file)) {
            for (FlierFormat format : FlierFormat.values()) {
                store(folder + format.file, format, FlierFiles.render(format, facts), facts.role());
            }
        }
        Instant expiresAt = Instant.now().plus(config.linksLast());
        return new FlierLinks(roleId, facts.locale(), facts.link(), expiresAt, Arrays.stream(FlierFormat.values())
                .map(format -> new FlierLinks.FlierFile(format, format.contentType, signed.of(folder + format.file, config.linksLast())))
                .toList());
    }

    private boolean stored(String key) {
        try {
            s3.headObject(head -> head.bucket(media.bucket()).key(key));
            return true;
        } catch (S3Exception e) {
            // Without s3:ListBucket (which the function is not given) S3 answers a missing object with 403, not 404.
            if (e.statusCode() == 404 || e.statusCode() == 403) {
                return false;
            }
            throw e;
        }
    }

    private void store(String key, FlierFormat format, byte[] file, String role) {
        s3.putObject(put -> put.bucket(media.bucket()).key(key).contentType(format.contentType)
                .contentDisposition(FlierDownloads.disposition(role, format))
                .cacheControl("private, max-age=3600"), RequestBody.fromBytes(file));
    }

    private static String fingerprint(FlierFacts facts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((PAINTING + "\n" + facts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
