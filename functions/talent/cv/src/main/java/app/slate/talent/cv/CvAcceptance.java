package app.slate.talent.cv;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The proposals a talent accepts into their profile, by id. */
public record CvAcceptance(@NotEmpty @Size(max = 200) List<@NotNull @Pattern(regexp = "p[0-9]{1,3}", message = "must be a proposal id such as p3") String> proposalIds) {
}
