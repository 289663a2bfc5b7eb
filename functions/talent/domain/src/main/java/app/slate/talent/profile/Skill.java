package app.slate.talent.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A special skill: singing, a dance style, stage combat, riding... */
public record Skill(@NotBlank @Size(max = 60) String name, @NotNull Category category, Level level) {

    public enum Category { SINGING, DANCE, COMBAT, RIDING, SPORT, INSTRUMENT, VOICE, CIRCUS, DRIVING, OTHER }

    public enum Level { BEGINNER, INTERMEDIATE, ADVANCED, PROFESSIONAL }
}
