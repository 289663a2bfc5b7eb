package app.slate.talent.cv;

import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.profile.Appearance;
import app.slate.talent.profile.Credit;
import app.slate.talent.profile.LanguageSkill;
import app.slate.talent.profile.PlayableAge;
import app.slate.talent.profile.ProfileDetails;
import app.slate.talent.profile.ProfileService;
import app.slate.talent.profile.ProfileView;
import app.slate.talent.profile.Representation;
import app.slate.talent.profile.Skill;
import app.slate.talent.profile.TalentProfile;
import app.slate.talent.profile.UnionMembership;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * CV import for a talent: the file is read (off the event loop: parsing is CPU work) into
 * proposals kept with the import, never written to the profile until the talent accepts them, one
 * by one or many at once. The file itself is not kept.
 */
@ApplicationScoped
public class CvImports {

    private static final Logger LOG = Logger.getLogger(CvImports.class);

    private final ProfileService profiles;
    private final ObjectMapper json;
    private final Validator validator;

    public CvImports(ProfileService profiles, ObjectMapper json, Validator validator) {
        this.profiles = profiles;
        this.json = json;
        this.validator = validator;
    }

    public Uni<CvImportView> read(Caller caller, byte[] file, CvFormat format) {
        return OffLoop.call(() -> {
                    try {
                        return CvReader.read(CvText.lines(file, format));
                    } catch (StackOverflowError e) {
                        LOG.infof("CV unreadable (%s): %s", format, e);
                        throw ProblemException.unprocessable("cv-unreadable", "This CV cannot be read: paste its text instead.");
                    } catch (CvUnreadable e) {
                        // The cause says which library refused the file and why, for an operator asked why a CV failed.
                        LOG.infof("CV unreadable (%s): %s", format, e.getCause() == null ? e.getMessage() : e.getCause().toString());
                        throw ProblemException.unprocessable("cv-unreadable", e.getMessage());
                    }
                })
                .chain(reading -> Panache.withTransaction(() -> CvImport.of(caller.userId(), format, stored(reading), reading.unread())
                        .<CvImport>persist()))
                .map(CvImportView::of);
    }

    public Uni<CvImportView> get(Caller caller, UUID id) {
        return Panache.withSession(() -> CvImport.ofOwner(id, caller.userId())).onItem().ifNull().failWith(CvImports::notFound)
                .map(CvImportView::of);
    }

    /** Applies the accepted proposals to the owner's profile, as a replace of it would, and marks them accepted. */
    @WithTransaction
    public Uni<ProfileView> accept(Caller caller, UUID id, CvAcceptance acceptance) {
        return CvImport.ofOwner(id, caller.userId()).onItem().ifNull().failWith(CvImports::notFound)
                .chain(read -> TalentProfile.findByOwner(caller.userId())
                        .onItem().ifNull().failWith(() -> ProblemException.unprocessable("profile-required",
                                "Create your talent profile (POST /talents/me) before accepting what your CV says."))
                        .chain(profile -> {
                            List<Object> accepted = new ArrayList<>();
                            for (int i = 0; i < acceptance.proposalIds().size(); i++) {
                                String proposalId = acceptance.proposalIds().get(i);
                                int at = i;
                                CvImport.Stored proposal = read.proposals.items().stream().filter(p -> p.id().equals(proposalId)).findFirst()
                                        .orElseThrow(() -> ProblemException.invalid("proposalIds[" + at + "]", "is not a proposal of this import"));
                                if (proposal.accepted()) {
                                    throw ProblemException.conflict("Proposal " + proposalId + " is already in your profile; accepting it again "
                                            + "would bring back what you may have changed since.");
                                }
                                accepted.add(typed(proposal));
                            }
                            CvMerge.Merged merged;
                            try {
                                merged = CvMerge.apply(profile.details, accepted);
                            } catch (CvMerge.AccentWithoutLanguage e) {
                                throw ProblemException.invalid("proposalIds", "an accent of " + e.language
                                        + " needs that language in your profile: accept the language too, or add it first");
                            }
                            check(merged.details());
                            Set<String> applied = new HashSet<>();
                            merged.applied().forEach(index -> applied.add(acceptance.proposalIds().get(index)));
                            read.proposals = new CvImport.Proposals(read.proposals.items().stream()
                                    .map(p -> applied.contains(p.id()) ? p.accept() : p).toList());
                            return profiles.replace(caller, merged.details());
                        }));
    }

    private List<CvImport.Stored> stored(CvReader.Reading reading) {
        List<CvImport.Stored> stored = new ArrayList<>();
        for (CvProposal p : reading.proposals()) {
            if (!validator.validate(p.value()).isEmpty()) {
                continue; // a value the profile would refuse (an email of an odd shape, say) is not proposed at all
            }
            stored.add(new CvImport.Stored("p" + (stored.size() + 1), p.field(), json.valueToTree(p.value()), p.line(), p.source(), false));
        }
        return stored;
    }

    /** The stored value in the type of its field. */
    private Object typed(CvImport.Stored proposal) {
        JsonNode value = proposal.value();
        try {
            return switch (proposal.field()) {
                case "notableWorks" -> json.treeToValue(value, Credit.class);
                case "skills" -> json.treeToValue(value, Skill.class);
                case "languages" -> json.treeToValue(value, LanguageSkill.class);
                case "languages.accents" -> json.treeToValue(value, Languages.Accent.class);
                case "experience.training" -> new CvMerge.Training(value.asText());
                case "union" -> json.treeToValue(value, UnionMembership.class);
                case "representation" -> json.treeToValue(value, Representation.class);
                case "appearance.heightCm" -> new CvMerge.Height(value.asInt());
                case "appearance.hairColor" -> Appearance.HairColor.valueOf(value.asText());
                case "appearance.eyeColor" -> Appearance.EyeColor.valueOf(value.asText());
                case "playableAge" -> json.treeToValue(value, PlayableAge.class);
                default -> throw new IllegalStateException("a stored proposal of an unknown field: " + proposal.field());
            };
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored proposal that does not read back: " + proposal.field(), e);
        }
    }

    /** The profile as it would be, held to the rules a PUT of it is: a value read from a CV is no exception. */
    private void check(ProfileDetails merged) {
        Set<ConstraintViolation<ProfileDetails>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("CV import not found");
    }
}
