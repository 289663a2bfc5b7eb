package app.slate.talent.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Union status, and which unions (SAG-AFTRA, Equity, ACTRA...) when a member or eligible. */
public record UnionMembership(@NotNull Status status, @Size(max = 5) List<@NotBlank @Size(max = 40) String> unions) {

    public UnionMembership {
        unions = unions == null ? List.of() : List.copyOf(unions);
    }

    public enum Status { NON_UNION, ELIGIBLE, MEMBER }
}
