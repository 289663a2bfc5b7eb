package app.slate.talent.profile;

import app.slate.platform.input.Prose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A talent profile as its owner writes it: the request body of create and replace, and the
 * JSONB document stored with the profile. Field rules are here; rules across fields are in
 * {@link ProfileRules}.
 */
public record ProfileDetails(
        @NotBlank @Size(max = 120) String legalName,
        @Size(max = 120) String stageName,
        @Size(max = 40) String pronouns,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull @Valid PlayableAge playableAge,
        @NotNull Gender gender,
        @Valid Appearance appearance,
        @NotNull @Valid Location location,
        @Valid Travel travel,
        @Size(max = 20) List<@NotNull @Valid LanguageSkill> languages,
        @Size(max = 50) List<@NotNull @Valid Skill> skills,
        @NotNull @Valid UnionMembership union,
        @Size(max = 30) List<@NotNull @Valid WorkAuthorization> workAuthorizations,
        @Size(max = 50) List<@NotNull @Valid Credit> notableWorks,
        @Valid Experience experience,
        @Size(max = 30) List<@NotNull @Valid Award> awards,
        @Size(max = 10) List<@NotBlank @Size(max = 200) String> dreamRoles,
        @Valid SalaryExpectation salaryExpectation,
        @Size(max = 100) List<@NotNull @Valid AvailabilityWindow> availability,
        @Valid Representation representation,
        @Size(max = 10) List<@NotNull @Valid ProfileLink> links,
        @Prose @Size(max = 2000) String bio,
        boolean published) {

    /** The same details, no longer public (consent to a public profile withdrawn). */
    public ProfileDetails unpublished() {
        return new ProfileDetails(legalName, stageName, pronouns, dateOfBirth, playableAge, gender, appearance, location, travel, languages,
                skills, union, workAuthorizations, notableWorks, experience, awards, dreamRoles, salaryExpectation, availability,
                representation, links, bio, false);
    }

    public ProfileDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        skills = skills == null ? List.of() : List.copyOf(skills);
        workAuthorizations = workAuthorizations == null ? List.of() : List.copyOf(workAuthorizations);
        notableWorks = notableWorks == null ? List.of() : List.copyOf(notableWorks);
        awards = awards == null ? List.of() : List.copyOf(awards);
        dreamRoles = dreamRoles == null ? List.of() : List.copyOf(dreamRoles);
        availability = availability == null ? List.of() : List.copyOf(availability);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The name casting sees: the stage name when there is one. */
    public String displayName() {
        return stageName == null || stageName.isBlank() ? legalName : stageName;
    }
}
