package app.slate.scripts.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.slate.scripts.parse.FountainParser;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The forms screenwriters introduce people in, and the traps of two people in one sentence. */
class IntroductionTest {

    @Test
    void everyCommonAgeForm() {
        assertThat(PlayingAge.read("30s", true)).containsExactly(30, 39);
        assertThat(PlayingAge.read("40's", true)).containsExactly(40, 49);
        assertThat(PlayingAge.read("late twenties", true)).containsExactly(27, 29);
        assertThat(PlayingAge.read("mid-thirties", true)).containsExactly(34, 36);
        assertThat(PlayingAge.read(", thirtysomething, eats alone", true)).containsExactly(30, 39);
        assertThat(PlayingAge.read(", 8, holds a thermos", true)).containsExactly(7, 9);
        assertThat(PlayingAge.read("AGE 3", true)).containsExactly(2, 4);
        assertThat(PlayingAge.read(", now 28, runs the ward", true)).containsExactly(25, 31);
        assertThat(PlayingAge.read("a seventy-year-old widow", false)).containsExactly(67, 73);
        assertThat(PlayingAge.read("a heavy man in his fifties", false)).containsExactly(50, 59);
        assertThat(PlayingAge.read("late teens", true)).containsExactly(17, 19);
        assertThat(PlayingAge.read(", pushing sixty,", true)).containsExactly(57, 59);
        assertThat(PlayingAge.read("fortyish", true)).containsExactly(37, 43);
        assertThat(PlayingAge.read("a skinny boy of ten", false)).containsExactly(9, 11);
        assertThat(PlayingAge.read(", twenty-five and very tired", true)).containsExactly(22, 28);
        assertThat(PlayingAge.read("17", true)).as("a minor is cast as a minor").containsExactly(16, 17);
        assertThat(PlayingAge.read("19", true)).as("an adult as an adult").containsExactly(18, 22);
        assertThat(PlayingAge.read("counts 30 coins", false)).as("a bare number away from the name is not an age").isNull();
        assertThat(PlayingAge.read("a car from the 1930s", false)).isNull();
    }

    @Test
    void groupAndJointCuesAreNotRoles() {
        assertThat(GroupCue.isGroup("THE CROWD")).isTrue();
        assertThat(GroupCue.isGroup("ALL")).isTrue();
        assertThat(GroupCue.isGroup("SEVERAL VOICES")).isTrue();
        assertThat(GroupCue.isGroup("TWO GUARDS")).isTrue();
        assertThat(GroupCue.isGroup("EDWARD AND WILL")).isTrue();
        assertThat(GroupCue.speakers("MAYA & TOM")).containsExactly("MAYA", "TOM");
        assertThat(GroupCue.isGroup("VOICE IN CROWD")).as("one person out of the crowd").isFalse();
        assertThat(GroupCue.isGroup("THE BOSS")).isFalse();
        assertThat(GroupCue.isGroup("BAND LEADER")).isFalse();
    }

    @Test
    void eachPersonGetsTheirOwnWords() {
        Map<String, CharacterBreakdown> cast = cast("""
                INT. KITCHEN - NIGHT #1#

                WALTER (V.O.)
                I was never home.

                EXT. YARD - DAY

                MAYA (30s) hugs her son TOM (8). He squirms.

                MAYA
                Stay still.

                TOM
                No.

                Down the path comes WALTER HART (70s), her father, leaning on a stick.

                WALTER
                Still fighting?

                A GUARD (50s) watches JUNE, late twenties, count the money with her left hand while he yawns.

                JUNE
                All there.
                """);

        assertThat(ScriptBreakdown.of(FountainParser.parse("INT. KITCHEN - NIGHT #1A#\n\nMAYA\nHi.\n")).scenes())
                .containsExactly("INT. KITCHEN - NIGHT");
        assertThat(cast.get("MAYA").introduction().gender()).as("'her son' is hers; 'He squirms' is Tom's").isEqualTo("FEMALE");
        assertThat(cast.get("TOM").introduction().gender()).isEqualTo("MALE");
        assertThat(cast.get("TOM").introduction().ageMin()).isEqualTo(7);
        assertThat(cast.get("WALTER").introduction().gender()).as("'her father' is Walter; 'her' is Maya").isEqualTo("MALE");
        assertThat(cast.get("WALTER").introduction().ageMin()).isEqualTo(70);
        assertThat(cast.get("WALTER").firstScene()).as("heard over scene 1, first seen in scene 2").isEqualTo(2);
        assertThat(cast.get("JUNE").introduction().ageMin()).as("not the guard's 50s").isEqualTo(27);
        assertThat(cast.get("JUNE").introduction().gender()).isEqualTo("FEMALE");
    }

    @Test
    void oddActionLinesNeitherCrashNorStall() {
        Map<String, CharacterBreakdown> cast = cast("""
                INT. HALL - DAY

                The door opens on ELIAS. GRACE (60s) steps in.

                ,, TOM (8) waves.

                GRACE
                Hello.

                TOM
                Hi.

                ELIAS
                Well.
                """);
        assertThat(cast.get("GRACE").introduction().ageMin()).as("ELIAS ends the sentence before; he is not part of her name").isEqualTo(60);
        assertThat(cast.get("TOM").introduction().ageMin()).isEqualTo(7);

        // A hostile upload: a megabyte of capitals and spaces in one action line, and a heading padded with spaces.
        String hostile = "INT. HALL - DAY #1#\n\nMAYA sees" + " AB".repeat(350_000) + " and" + " ".repeat(200_000) + "x.\n\nMAYA\nHi.\n";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertThat(cast(hostile)).containsKey("MAYA"));
    }

    private static Map<String, CharacterBreakdown> cast(String fountain) {
        return ScriptBreakdown.of(FountainParser.parse(fountain)).characters().stream()
                .collect(Collectors.toMap(CharacterBreakdown::name, Function.identity()));
    }
}
