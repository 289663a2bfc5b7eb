package app.slate.casting.submission.cover;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.casting.role.RoleDetails;
import app.slate.casting.role.RoleDetails.AgeRange;
import app.slate.casting.role.RoleDetails.Pay;
import app.slate.casting.role.RoleDetails.RoleKind;
import app.slate.casting.role.RoleDetails.RoleLocation;
import app.slate.casting.role.RoleDetails.Rider;
import app.slate.casting.role.RoleDetails.UnionRequirement;
import app.slate.casting.role.Visibility;
import app.slate.casting.submission.cover.CoverNoteDraft.Fact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverNoteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNode NOOR = read("""
            {"legalName": "Noor Al-Harbi", "stageName": "Noor Harbi", "dateOfBirth": "1996-03-02", "gender": "FEMALE",
             "playableAge": {"min": 24, "max": 32},
             "location": {"city": "Riyadh", "country": "SA", "latitude": 24.71, "longitude": 46.67},
             "languages": [{"language": "ar", "proficiency": "NATIVE", "accents": ["Najdi", "Gulf"]},
                           {"language": "en", "proficiency": "FLUENT", "accents": []}],
             "skills": [{"name": "Horse riding", "category": "RIDING", "level": "PROFESSIONAL"},
                        {"name": "Stage combat", "category": "COMBAT", "level": "INTERMEDIATE"},
                        {"name": "Oud", "category": "INSTRUMENT"}],
             "union": {"status": "MEMBER", "unions": ["Saudi Film Commission"]},
             "notableWorks": [{"title": "Desert Wind", "role": "Reem", "year": 2021, "type": "SERIES"},
                              {"title": "Saltwater", "role": "Lina", "year": 2024, "type": "FILM"},
                              {"title": "The Crossing", "role": "Maya", "year": 2022, "type": "FILM"},
                              {"title": "Date Palms", "year": 2023, "type": "COMMERCIAL"}],
             "experience": {"yearsActive": 6, "training": "BA Theatre, King Saud University"},
             "awards": [{"name": "Best Actress, Red Sea Film Festival", "year": 2024, "result": "WON"}],
             "published": true}""");

    @Test
    void aWarmNoteLeadsWithWhatTheRoleAsksFor_andStatesOnlyTheProfilesFacts() {
        CoverNoteDraft draft = CoverNote.draft(role(List.of("ar"), List.of("Gulf"), List.of("Riding", "Archery"), "FILM"),
                ProfileFacts.read("Noor Harbi", NOOR), Tone.WARM);

        assertThat(draft.note())
                .startsWith("Hello,\n\nI would love to be considered for the role of Sara in Saltmarsh.")
                .contains("I speak native Arabic, with a Gulf accent.")
                .contains("I bring what the role asks for: horse riding (professional).")
                .contains("Recent work includes Lina in Saltwater (2024) and Maya in The Crossing (2022).")
                .contains("I am a member of Saudi Film Commission.")
                .contains("I am based in Riyadh, available as a local hire.")
                .contains("Training: BA Theatre, King Saud University.")
                .endsWith("\n\nNoor Harbi")
                .doesNotContain("Al-Harbi", "1996", "24.71", "Oud", "Desert Wind", "Archery");
        assertThat(draft.extractedBy()).isEqualTo("rules");
        assertThat(draft.mentions()).contains(new Fact("languages", "native Arabic"), new Fact("skills", "horse riding (professional)"),
                new Fact("notableWorks", "Lina in Saltwater (2024)"));
        assertThat(draft.unmet()).containsExactly(new Fact("skills", "Archery"));
    }

    @Test
    void creditsOfTheProjectsKindComeFirst() {
        CoverNoteDraft draft = CoverNote.draft(role(List.of(), List.of(), List.of(), "SERIES"), ProfileFacts.read("Noor Harbi", NOOR),
                Tone.FORMAL);

        assertThat(draft.note()).startsWith("Dear casting team,\n\nPlease consider my submission for the role of Sara in Saltmarsh.")
                .contains("Recent work includes Reem in Desert Wind (2021) and Lina in Saltwater (2024).")
                .endsWith("Kind regards,\nNoor Harbi");
    }

    @Test
    void aBriefNoteIsTheRoleAndItsStrongestFacts() {
        CoverNoteDraft draft = CoverNote.draft(role(List.of("ar", "en"), List.of(), List.of("horse riding"), "FILM"),
                ProfileFacts.read("Noor Harbi", NOOR), Tone.BRIEF);

        assertThat(draft.note()).isEqualTo("""
                Submitting for the role of Sara in Saltmarsh: native Arabic; fluent English; horse riding (professional). Thank you.
                Noor Harbi""");
        assertThat(draft.mentions()).hasSize(3);
    }

    @Test
    void whatTheProfileLacksIsListedForTheTalent_neverWrittenIntoTheNote() {
        RoleDetails details = details(List.of("fr"), List.of("Parisian"), List.of(), new AgeRange(40, 50), UnionRequirement.NON_UNION_ONLY);
        CoverNoteDraft draft = CoverNote.draft(new CoverNote.Role(details, null, "FILM"), ProfileFacts.read("Noor Harbi", NOOR), Tone.WARM);

        assertThat(draft.unmet()).containsExactly(new Fact("languages", "French"), new Fact("accents", "Parisian"),
                new Fact("union", "non-union performers only"), new Fact("playableAge", "the role plays 40 to 50; the profile says 24 to 32"));
        assertThat(draft.note()).startsWith("Hello,\n\nI would love to be considered for the role of Sara.")
                .doesNotContain("French", "union", "playable");
    }

    @Test
    void aProfileWithNothingToSayStillGivesAPoliteNote() {
        CoverNoteDraft draft = CoverNote.draft(role(List.of(), List.of(), List.of(), "FILM"),
                ProfileFacts.read("Sam", read("{\"playableAge\": {}, \"location\": {\"city\": \"Leeds\", \"country\": \"GB\"}}")), Tone.BRIEF);

        assertThat(draft.note()).isEqualTo("Submitting for the role of Sara in Saltmarsh. Thank you.\nSam");
        assertThat(draft.mentions()).isEmpty();
    }

    @Test
    void theNoteStaysWithinASubmissionNote_howeverLongTheProfile() {
        String longTraining = "x".repeat(300);
        JsonNode crowded = read("""
                {"playableAge": {"min": 20, "max": 30}, "location": {"city": "Riyadh", "country": "SA"},
                 "skills": [%s], "experience": {"training": "%s"},
                 "notableWorks": [{"title": "%s", "role": "%s", "year": 2020, "type": "FILM"},
                                  {"title": "%s", "role": "%s", "year": 2021, "type": "FILM"}]}"""
                .formatted(String.join(",", java.util.stream.IntStream.range(0, 10)
                                .mapToObj(i -> "{\"name\": \"skill " + "y".repeat(50) + i + "\", \"category\": \"OTHER\"}").toList()),
                        longTraining, "t".repeat(200), "r".repeat(120), "u".repeat(200), "s".repeat(120)));
        List<String> wanted = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "skill " + "y".repeat(50) + i).toList();

        for (Tone tone : Tone.values()) {
            assertThat(CoverNote.draft(role(List.of(), List.of(), wanted, "FILM"), ProfileFacts.read("z".repeat(120), crowded), tone).note())
                    .hasSizeLessThanOrEqualTo(CoverNote.MAX_LENGTH);
        }
    }

    @Test
    void skillsAndAccentsMatchByTheirWords() {
        assertThat(CoverNote.sameThing("Horse riding", "riding")).isTrue();
        assertThat(CoverNote.sameThing("Gulf Arabic", "gulf")).isTrue();
        assertThat(CoverNote.sameThing("Singing (soprano)", "singing")).isTrue();
        assertThat(CoverNote.sameThing("Stage combat", "Stage management")).isFalse();
        assertThat(CoverNote.sameThing("!!", "riding")).isFalse();
    }

    private static CoverNote.Role role(List<String> languages, List<String> accents, List<String> skills, String projectType) {
        return new CoverNote.Role(details(languages, accents, skills, new AgeRange(25, 35), UnionRequirement.ANY), "Saltmarsh", projectType);
    }

    private static RoleDetails details(List<String> languages, List<String> accents, List<String> skills, AgeRange age,
                                       UnionRequirement union) {
        return new RoleDetails("Sara", RoleKind.LEAD, "A falconer's daughter who wants the city.", age, List.of("FEMALE"), List.of(),
                languages, skills, accents, new RoleLocation("Riyadh", null, "SA", null, null), new Pay(true, null, "SAR", null, null),
                union, null, Instant.parse("2027-01-31T00:00:00Z"), Visibility.PUBLIC, List.of(), List.of(),
                new Rider(RoleDetails.Nudity.NONE, false, null));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
