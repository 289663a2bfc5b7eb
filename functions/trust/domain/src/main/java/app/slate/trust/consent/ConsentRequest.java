package app.slate.trust.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Giving ({@code given: true}) or withdrawing consent to the version of the purpose the person was shown. */
public record ConsentRequest(@NotNull Boolean given, @NotBlank @Size(max = 64) String version) {
}
