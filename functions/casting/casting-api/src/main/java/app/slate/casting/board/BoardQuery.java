package app.slate.casting.board;

import app.slate.platform.problem.ProblemException;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;

/** The filters of {@code GET /roles}, bound from the query string and validated before any search runs. */
public class BoardQuery {

    public static final int MAX_PAGE = 50;

    /** Free text over role name, description and project title. */
    @QueryParam("q") @Size(max = 200) public String text;

    @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") public String country;
    @QueryParam("city") @Size(max = 100) public String city;

    /** A playable age range that the role's own range must overlap. */
    @QueryParam("ageFrom") @Min(0) @Max(110) public Integer ageFrom;
    @QueryParam("ageTo") @Min(0) @Max(110) public Integer ageTo;

    @QueryParam("paid") public Boolean paid;
    /** Pay at least this much (in the role's own currency and period: use with currency and period). */
    @QueryParam("payMin") @DecimalMin("0") public BigDecimal payMin;
    @QueryParam("currency") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP") public String currency;
    @QueryParam("payPeriod") @Pattern(regexp = "HOUR|DAY|WEEK|FLAT", message = "must be HOUR, DAY, WEEK or FLAT") public String payPeriod;

    @QueryParam("union") @Size(max = 3) public List<@Pattern(regexp = "ANY|UNION_ONLY|NON_UNION_ONLY",
            message = "must be ANY, UNION_ONLY or NON_UNION_ONLY") String> union;

    @QueryParam("projectType") @Size(max = 10) public List<@Pattern(regexp = "[A-Z_]+", message = "must be a project type such as FILM") String> projectTypes;

    /** Only the roles whose hard requirements the caller's own profile meets. */
    @QueryParam("fitForMe") @DefaultValue("false") public boolean fitForMe;

    @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MAX_PAGE) public int limit;
    @QueryParam("cursor") @Size(max = 500) public String cursor;

    void checkRanges() {
        if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
            throw ProblemException.invalid("ageFrom", "must not be greater than ageTo");
        }
        if (payMin != null && (currency == null || payPeriod == null)) {
            throw ProblemException.invalid("payMin", "goes with currency and payPeriod: pay is compared like for like");
        }
    }
}
