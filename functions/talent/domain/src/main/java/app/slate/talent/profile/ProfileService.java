package app.slate.talent.profile;

import app.slate.identity.reads.Suspensions;
import app.slate.identity.reads.Verifications;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.portfolio.PortfolioItem;
import app.slate.trust.reads.ConsentReads;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A talent's own profile: one per account, changed only by its owner, every change an event. */
@ApplicationScoped
public class ProfileService {

    private final ProfileEvents events;
    private final Verifications verifications;
    private final Suspensions suspensions;
    private final ConsentReads consents;
    private final Pool database;

    public ProfileService(ProfileEvents events, Verifications verifications, Suspensions suspensions, ConsentReads consents, Pool database) {
        this.events = events;
        this.database = database;
        this.verifications = verifications;
        this.suspensions = suspensions;
        this.consents = consents;
    }

    @WithTransaction
    public Uni<ProfileView> create(Caller caller, ProfileDetails details) {
        ProfileRules.check(details);
        return publishable(caller, details).chain(() -> TalentProfile.findByOwner(caller.userId()))
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict(
                        "You already have a profile; replace it with PUT /talents/me."))
                .chain(() -> {
                    TalentProfile profile = TalentProfile.newFor(caller.userId(), details);
                    return profile.<TalentProfile>persist()
                            .call(() -> events.changed(profile, List.of()))
                            .map(saved -> ProfileView.of(saved, List.of()));
                });
    }

    @WithSession
    public Uni<ProfileView> mine(Caller caller) {
        return ownedBy(caller).chain(profile -> PortfolioItem.ofProfile(profile.id)
                .map(portfolio -> ProfileView.of(profile, portfolio)));
    }

    @WithTransaction
    public Uni<ProfileView> replace(Caller caller, ProfileDetails details) {
        ProfileRules.check(details);
        return publishable(caller, details).chain(() -> ownedBy(caller)).chain(profile -> PortfolioItem.ofProfile(profile.id).chain(portfolio -> {
            profile.apply(details);
            return events.changed(profile, portfolio).map(ignored -> ProfileView.of(profile, portfolio));
        }));
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller) {
        // What the talent's CVs proposed goes with the profile it was for (cv_imports is talent's too).
        return ownedBy(caller).chain(profile -> events.deleted(profile).chain(profile::delete))
                .call(() -> database.preparedQuery("DELETE FROM cv_imports WHERE owner_id = $1").execute(Tuple.of(caller.userId())));
    }

    /** A profile is published only while its owner's consent to a public profile holds. */
    private Uni<Void> publishable(Caller caller, ProfileDetails details) {
        if (!details.published()) {
            return Uni.createFrom().voidItem();
        }
        return consents.given(caller.userId(), ConsentReads.PUBLIC_PROFILE).invoke(given -> {
            if (!given) {
                throw ProblemException.conflict("You withdrew your consent to a public profile; give it again "
                        + "(PUT /me/consents/PUBLIC_PROFILE) to publish, or save the profile with published: false.");
            }
        }).replaceWithVoid();
    }

    /**
     * Unpublishes the profile of a person who withdrew consent to a public profile; the change is a
     * profile event like any other, so search and matching drop it. False when there was nothing public.
     */
    @WithTransaction
    public Uni<Boolean> unpublish(String ownerId) {
        return TalentProfile.findByOwner(ownerId).chain(profile -> {
            if (profile == null || !profile.published) {
                return Uni.createFrom().item(false);
            }
            profile.apply(profile.details.unpublished());
            return PortfolioItem.ofProfile(profile.id).chain(portfolio -> events.changed(profile, portfolio)).replaceWith(true);
        });
    }

    /**
     * A profile as shown to a viewer, with what the audit log needs to know of it: whose it is, and
     * whether they are a minor that someone other than they (or their guardian) is looking at.
     */
    public record Shown(PublicProfile profile, String ownerId, boolean minorSeenByOthers) {
    }

    /**
     * A published profile for anyone; an unpublished one, or one whose account an admin suspended,
     * only for its owner or an admin.
     */
    @WithSession
    public Uni<Shown> visible(UUID id, Optional<Caller> viewer) {
        return TalentProfile.<TalentProfile>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Talent profile not found"))
                .call(profile -> suspensions.isSuspended(profile.ownerId).invoke(suspended -> {
                    if ((suspended || !profile.published) && viewer.filter(v -> v.mayReach(profile.ownerId)).isEmpty()) {
                        throw ProblemException.notFound("Talent profile not found");
                    }
                }))
                .chain(profile -> PortfolioItem.ofProfile(profile.id).chain(portfolio -> verifications.isVerified(profile.ownerId)
                        .map(verified -> new Shown(PublicProfile.of(profile, portfolio, verified), profile.ownerId,
                                profile.isMinorOn(LocalDate.now()) && viewer.map(v -> !v.userId().equals(profile.ownerId)).orElse(true)))));
    }

    /** The caller's own profile: the only one any of these operations can reach. */
    public static Uni<TalentProfile> ownedBy(Caller caller) {
        return TalentProfile.findByOwner(caller.userId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "You have no talent profile yet; create it with POST /talents/me."));
    }
}
