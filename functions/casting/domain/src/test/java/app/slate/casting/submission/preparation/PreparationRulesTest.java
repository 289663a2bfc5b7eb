package app.slate.casting.submission.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.casting.role.RoleDetails;
import app.slate.casting.role.RoleDetails.AgeRange;
import app.slate.casting.role.RoleDetails.MediaKind;
import app.slate.casting.role.RoleDetails.MediaRequest;
import app.slate.casting.role.RoleDetails.Pay;
import app.slate.casting.role.RoleDetails.RoleKind;
import app.slate.casting.role.RoleDetails.RoleLocation;
import app.slate.casting.role.RoleDetails.Rider;
import app.slate.casting.role.RoleDetails.Shooting;
import app.slate.casting.role.RoleDetails.Sides;
import app.slate.casting.role.RoleDetails.UnionRequirement;
import app.slate.casting.role.Visibility;
import app.slate.scripts.reads.ScriptCharacters.RoleCharacter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparationRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final RoleCharacter LINA = new RoleCharacter("Saltwater", "LINA", 41, 820, List.of(2, 5, 9), 2,
            "LINA (20s), a diver's daughter, counts the boats.", List.of("He said the tide would turn.", "Not for us."));

    @Test
    void theCharactersScenesBecomeQuestions_andTheBreakdownTheLikelyOnes() {
        PreparationPack pack = PreparationRules.pack(role(RoleDetails.Nudity.NONE, true), "Saltwater", LINA, false, NOW);

        assertThat(pack.character()).isEqualTo(LINA);
        assertThat(pack.sceneQuestions()).hasSize(3).first().asString().startsWith("Scene 2 (first seen): what does LINA want");
        assertThat(pack.likelyQuestions()).contains("Are you available from 1 March 2027 to 30 June 2027?",
                "How comfortable are you acting in Arabic?", "Can you hold a Gulf accent through a scene, and under pressure?",
                "How much horse riding have you done, and could you do it on camera?", "Are you a current union member?",
                "The role involves intimate scenes: what do you need to be comfortable (an intimacy coordinator, a closed set, a rider)?");
        assertThat(pack.sides()).containsExactly(new PreparationPack.Sides("Scene 5", "https://docs.example/sides/5.pdf"));
        assertThat(pack.beats()).isEmpty();
        assertThat(pack.extractedBy()).isEqualTo("rules");
    }

    @Test
    void aSelfTapeChecklistFollowsWhatTheRoleAsks_andAMinorsSlateNamesNoSurnameOrPlace() {
        PreparationPack adult = PreparationRules.pack(role(RoleDetails.Nudity.NONE, false), "Saltwater", null, false, NOW);
        PreparationPack minor = PreparationRules.pack(role(RoleDetails.Nudity.NONE, false), "Saltwater", null, true, NOW);

        assertThat(adult.checklist()).extracting(PreparationPack.Check::item)
                .containsExactly("Headshot", "What casting asked", "Framing", "Reader", "Slate", "Length", "Sound and light", "File");
        assertThat(adult.checklist()).filteredOn(c -> c.item().equals("What casting asked")).first()
                .extracting(PreparationPack.Check::detail).isEqualTo("Scene 5 only, two takes");
        assertThat(adult.checklist()).filteredOn(c -> c.item().equals("Slate")).first().extracting(PreparationPack.Check::detail).asString()
                .contains("height", "agent");
        assertThat(minor.checklist()).filteredOn(c -> c.item().equals("Slate")).first().extracting(PreparationPack.Check::detail).asString()
                .contains("First name only").doesNotContain("where you are based");
        assertThat(adult.checklist()).filteredOn(c -> c.item().equals("File")).first().extracting(PreparationPack.Check::detail).asString()
                .contains("Lina_YourName_scene", "31 January 2027");
        assertThat(adult.sceneQuestions()).containsExactly(
                "For each scene of the sides: what does Lina want, from whom, what stands in the way, and what has changed by the end?");
    }

    @Test
    void aRiderIsAskedAboutPlainly() {
        assertThat(PreparationRules.likelyQuestions(role(RoleDetails.Nudity.PARTIAL, true)))
                .contains("The role involves partial nudity and intimate scenes: what do you need to be comfortable (an intimacy coordinator, "
                        + "a closed set, a rider)?");
    }

    private static RoleDetails role(RoleDetails.Nudity nudity, boolean intimacy) {
        return new RoleDetails("Lina", RoleKind.LEAD, "A diver's daughter who wants out.", new AgeRange(20, 28), List.of("FEMALE"), List.of(),
                List.of("ar"), List.of("Horse riding"), List.of("Gulf"), new RoleLocation("Jeddah", null, "SA", null, null),
                new Pay(true, null, "SAR", null, null), UnionRequirement.UNION_ONLY,
                new Shooting(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30)), Instant.parse("2027-01-31T00:00:00Z"), Visibility.PUBLIC,
                List.of(new MediaRequest(MediaKind.HEADSHOT, null), new MediaRequest(MediaKind.SELF_TAPE, "Scene 5 only, two takes")),
                List.of(new Sides("Scene 5", "https://docs.example/sides/5.pdf")), new Rider(nudity, intimacy, null));
    }
}
