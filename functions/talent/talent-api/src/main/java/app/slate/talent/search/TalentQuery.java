package app.slate.talent.search;

import app.slate.platform.geo.CoarseLocation;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The filters of {@code GET /talents}, bound from the query string and validated before any search runs. */
public class TalentQuery {

    public static final int MAX_PAGE = 50;

    private static final String HAIR = "BLACK|BROWN|BLONDE|RED|AUBURN|GREY|WHITE|BALD|OTHER";
    private static final String EYES = "BROWN|BLUE|GREEN|HAZEL|GREY|AMBER|OTHER";
    private static final String BUILD = "SLIM|ATHLETIC|AVERAGE|MUSCULAR|CURVY|HEAVYSET|PETITE";
    private static final String EXPERIENCE = "NEW|EMERGING|EXPERIENCED|VETERAN";

    /** Free text over name, bio and credits. */
    @QueryParam("q") @Size(max = 200) public String text;

    /** Playable age range that a talent's own range must overlap. */
    @QueryParam("ageFrom") @Min(0) @Max(110) public Integer ageFrom;
    @QueryParam("ageTo") @Min(0) @Max(110) public Integer ageTo;

    @QueryParam("gender") @Size(max = 6) public List<@Pattern(regexp = "[A-Z_]+", message = "must be a gender such as FEMALE") String> genders;

    /**
     * Centre of a radius search, as "latitude,longitude". Profiles are indexed at their grid cell
     * (about 2 km), and the radius is at least a few cells, so searches never locate a person.
     */
    @QueryParam("near") @Pattern(regexp = "-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?", message = "must be latitude,longitude")
    public String near;
    @QueryParam("radiusKm") @DefaultValue("50") @Min(CoarseLocation.MIN_RADIUS_KM) @Max(20000) public int radiusKm;

    @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") public String country;

    /** Every listed language is required. */
    @QueryParam("language") @Size(max = 5) public List<@Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String> languages;
    @QueryParam("accent") @Size(max = 5) public List<@Size(max = 60) String> accents;
    /** Every listed skill is required. */
    @QueryParam("skill") @Size(max = 10) public List<@Size(max = 60) String> skills;
    @QueryParam("union") @Size(max = 3) public List<@Pattern(regexp = "NON_UNION|ELIGIBLE|MEMBER", message = "must be NON_UNION, ELIGIBLE or MEMBER") String> unionStatuses;

    /** Height range in centimetres; profiles that state no height are left out when it is given. */
    @QueryParam("heightFrom") @Min(50) @Max(250) public Integer heightFrom;
    @QueryParam("heightTo") @Min(50) @Max(250) public Integer heightTo;

    /** Any of the listed values (each list: one of them). */
    @QueryParam("hair") @Size(max = 9) public List<@Pattern(regexp = HAIR, message = "must be one of " + HAIR) String> hairColors;
    @QueryParam("eyes") @Size(max = 7) public List<@Pattern(regexp = EYES, message = "must be one of " + EYES) String> eyeColors;
    @QueryParam("build") @Size(max = 7) public List<@Pattern(regexp = BUILD, message = "must be one of " + BUILD) String> builds;
    /** Experience levels (see the README): NEW, EMERGING, EXPERIENCED, VETERAN. */
    @QueryParam("experience") @Size(max = 4) public List<@Pattern(regexp = EXPERIENCE, message = "must be one of " + EXPERIENCE) String> experience;

    /** Not marked unavailable on any day of this range. */
    @QueryParam("availableFrom") public LocalDate availableFrom;
    @QueryParam("availableTo") public LocalDate availableTo;

    @QueryParam("willingToTravel") public Boolean willingToTravel;

    @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MAX_PAGE) public int limit;
    @QueryParam("cursor") @Size(max = 500) public String cursor;

    /** The rules across parameters, which Bean Validation cannot reach on a bean parameter. */
    void checkRanges() {
        List<FieldError> errors = new ArrayList<>();
        if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
            errors.add(new FieldError("ageFrom", "must not be greater than ageTo"));
        }
        if (heightFrom != null && heightTo != null && heightFrom > heightTo) {
            errors.add(new FieldError("heightFrom", "must not be greater than heightTo"));
        }
        if ((availableFrom == null) != (availableTo == null)) {
            errors.add(new FieldError(availableFrom == null ? "availableFrom" : "availableTo",
                    "availableFrom and availableTo go together"));
        } else if (availableFrom != null && availableTo.isBefore(availableFrom)) {
            errors.add(new FieldError("availableTo", "must not be before availableFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
