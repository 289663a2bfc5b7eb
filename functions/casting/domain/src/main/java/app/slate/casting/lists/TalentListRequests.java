package app.slate.casting.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of the talent-list routes. */
public final class TalentListRequests {

    private TalentListRequests() {
    }

    /** {@code projectIds}: the projects whose teams share the list (the caller must edit each). */
    public record NewList(@NotBlank @Size(max = 80) String name, @Size(max = 20) List<@NotNull UUID> projectIds) {
    }

    /** Either or both; the project list, when given, replaces the one before. */
    public record ListChange(@Size(min = 1, max = 80) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                             @Size(max = 20) List<@NotNull UUID> projectIds) {
    }

    public record Entry(@Size(max = 500) String note) {
    }

    public record Invitation(@NotNull UUID roleId) {
    }
}
