package app.slate.talent.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Production experience in numbers, and training. */
public record Experience(@Min(0) @Max(90) Integer yearsActive, @Min(0) @Max(5000) Integer productions,
                         @Size(max = 300) String training) {
}
