package app.slate.casting.role;

import app.slate.platform.input.Prose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A role's breakdown as the casting team writes it. Playable age, genders, languages, union and
 * the shoot's country are the hard requirements ("fit for me" checks them); skills are wanted;
 * ethnicity is descriptive only and never filters anyone out. Accents, when named, are required
 * as languages are (matching filters on them).
 */
public record RoleDetails(
        @NotBlank @Size(max = 120) String name,
        @NotNull RoleKind kind,
        @NotBlank @Prose @Size(max = 4000) String description,
        @NotNull @Valid AgeRange playableAge,
        @NotNull @Size(max = 6) List<@Pattern(regexp = "FEMALE|MALE|NON_BINARY|TRANSGENDER_FEMALE|TRANSGENDER_MALE|OTHER",
                message = "must be a gender such as FEMALE") String> genders,
        @NotNull @Size(max = 5) List<@NotBlank @Size(max = 60) String> ethnicities,
        @NotNull @Size(max = 5) List<@Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String> languages,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 60) String> skills,
        @Size(max = 5) List<@NotBlank @Size(max = 60) String> accents,
        @NotNull @Valid RoleLocation location,
        @NotNull @Valid Pay pay,
        @NotNull UnionRequirement union,
        @Valid Shooting shooting,
        @NotNull Instant deadline,
        @NotNull Visibility visibility,
        @NotNull @Size(max = 5, message = "at most 5 media items may be requested") List<@Valid @NotNull MediaRequest> requestedMedia,
        @NotNull @Size(max = 10) List<@Valid @NotNull Sides> sides,
        @NotNull @Valid Rider rider) {

    public RoleDetails {
        accents = accents == null ? List.of() : List.copyOf(accents);
    }

    public enum RoleKind { LEAD, SUPPORTING, DAY_PLAYER, RECURRING, GUEST, BACKGROUND, VOICE, HOST, MODEL, DANCER, OTHER }

    public enum UnionRequirement { ANY, UNION_ONLY, NON_UNION_ONLY }

    public enum MediaKind { HEADSHOT, FULL_BODY, REEL, SELF_TAPE, VOICE_CLIP, RESUME }

    public enum Nudity { NONE, IMPLIED, PARTIAL, FULL }

    public enum PayPeriod { HOUR, DAY, WEEK, FLAT }

    public record AgeRange(@Min(0) @Max(110) int min, @Min(0) @Max(110) int max) {
    }

    /** Where the shoot is; coordinates, when given, let talent who will not travel match within a radius of it. */
    public record RoleLocation(@NotBlank @Size(max = 100) String city, @Size(max = 100) String region,
                               @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
                               @DecimalMin("-90") @DecimalMax("90") Double latitude,
                               @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    /** Unpaid roles say so: {@code paid} false and no amount. */
    public record Pay(boolean paid, @DecimalMin("0") @Digits(integer = 9, fraction = 3, message = "must be at most 999,999,999.999") BigDecimal amount,
                      @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") String currency,
                      PayPeriod period, @Prose @Size(max = 300) String notes) {
    }

    public record Shooting(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    public record MediaRequest(@NotNull MediaKind kind, @Size(max = 300) String note) {
    }

    /** Script pages: a document the talent may read (a media item or a link). */
    public record Sides(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 2048) String documentRef) {
    }

    public record Rider(@NotNull Nudity nudity, boolean intimacy, @Prose @Size(max = 1000) String notes) {
    }
}
