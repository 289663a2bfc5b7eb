package app.slate.talent.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record WorkAuthorization(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
        @NotNull Status status) {

    public enum Status { CITIZEN, PERMANENT_RESIDENT, WORK_VISA, NEEDS_SPONSORSHIP }

    public boolean canWork() {
        return status != Status.NEEDS_SPONSORSHIP;
    }
}
