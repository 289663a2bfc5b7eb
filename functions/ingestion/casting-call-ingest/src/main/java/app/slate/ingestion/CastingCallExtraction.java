package app.slate.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What was read in a message: whether it is a casting call at all, its fields, a quality score
 * (how complete and trustworthy the call is, 0 to 1), and what read it ("rules", Slate's
 * embedded reader, or the Bedrock model's id). Fields the model got wrong (a date that is not a
 * date, a currency that is not one) are dropped rather than guessed, and the rules fill them.
 */
public record CastingCallExtraction(boolean castingCall, String title, String company, String projectType, String city,
                                    String country, LocalDate startsOn, LocalDate endsOn, Instant deadline, Integer ageMin,
                                    Integer ageMax, List<String> genders, BigDecimal payAmount, String payCurrency,
                                    String payPeriod, String payText, String requirements, String contact, String description,
                                    double quality, String extractedBy) {

    public static final String RULES = "rules";

    private static final Set<String> TYPES = Set.of("FILM", "SERIES", "SHORT", "COMMERCIAL", "THEATRE", "MUSIC_VIDEO", "VOICE",
            "GAME", "MODELLING", "OTHER");
    private static final Set<String> GENDERS = Set.of("FEMALE", "MALE", "NON_BINARY");
    private static final Set<String> PERIODS = Set.of("HOUR", "DAY", "WEEK", "FLAT");

    static final String PROMPT = """
            You read messages posted in casting groups and on casting websites and extract the casting call they announce.
            Answer with one JSON object only, with these keys (null when the message does not say):
            {"castingCall": true if the message announces a casting call for performers, else false,
             "title": short title of the role or call, "company": production company or poster,
             "projectType": one of FILM, SERIES, SHORT, COMMERCIAL, THEATRE, MUSIC_VIDEO, VOICE, GAME, MODELLING, OTHER,
             "city": city of the shoot or audition, "country": ISO 3166-1 alpha-2 code,
             "startsOn": "YYYY-MM-DD", "endsOn": "YYYY-MM-DD", "deadline": "YYYY-MM-DDTHH:MM:SSZ" for applications,
             "ageMin": integer, "ageMax": integer, "genders": array of FEMALE, MALE, NON_BINARY,
             "payAmount": number, "payCurrency": ISO 4217 code, "payPeriod": HOUR, DAY, WEEK or FLAT, "payText": pay as written,
             "requirements": what applicants need (skills, languages, looks), "contact": how to apply,
             "description": two or three plain sentences describing the call,
             "quality": 0 to 1, how complete and credible the call is (1: named production, dates, pay and contact; 0: spam or vague)}""";

    /**
     * The model's reading, refined over the rules': the model decides whether it is a call and
     * what it says; what the model left out or got wrong, the rules' value fills.
     */
    static CastingCallExtraction refined(JsonNode answer, CastingCallExtraction r, String modelId) {
        CastingCallExtraction m = answered(answer, modelId);
        return new CastingCallExtraction(m.castingCall, or(m.title, r.title()), or(m.company, r.company()),
                "OTHER".equals(m.projectType) ? r.projectType() : m.projectType, or(m.city, r.city()), or(m.country, r.country()),
                or(m.startsOn, r.startsOn()), or(m.endsOn, r.endsOn()), or(m.deadline, r.deadline()),
                m.ageMin == null && m.ageMax == null ? r.ageMin() : m.ageMin, m.ageMin == null && m.ageMax == null ? r.ageMax() : m.ageMax,
                m.genders.isEmpty() ? r.genders() : m.genders, m.payAmount == null ? r.payAmount() : m.payAmount,
                m.payAmount == null ? r.payCurrency() : m.payCurrency, or(m.payPeriod, r.payPeriod()), or(m.payText, r.payText()),
                or(m.requirements, r.requirements()), or(m.contact, r.contact()), or(m.description, r.description()), m.quality, modelId);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static CastingCallExtraction answered(JsonNode a, String modelId) {
        String type = upper(a.path("projectType"));
        Integer ageMin = age(a.path("ageMin"));
        Integer ageMax = age(a.path("ageMax"));
        boolean agesValid = ageMin == null || ageMax == null || ageMin <= ageMax;
        List<String> genders = new ArrayList<>();
        a.path("genders").forEach(g -> {
            if (GENDERS.contains(g.asText().toUpperCase())) {
                genders.add(g.asText().toUpperCase());
            }
        });
        String currency = upper(a.path("payCurrency"));
        String period = upper(a.path("payPeriod"));
        double quality = a.path("quality").isNumber() ? Math.max(0, Math.min(1, a.path("quality").asDouble())) : 0;
        return new CastingCallExtraction(a.path("castingCall").asBoolean(false), text(a.path("title"), 200), text(a.path("company"), 200),
                type != null && TYPES.contains(type) ? type : "OTHER", text(a.path("city"), 100),
                code(a.path("country"), 2), date(a.path("startsOn")), date(a.path("endsOn")), instant(a.path("deadline")),
                agesValid ? ageMin : null, agesValid ? ageMax : null, List.copyOf(genders),
                a.path("payAmount").isNumber() && a.path("payAmount").decimalValue().signum() >= 0 ? a.path("payAmount").decimalValue() : null,
                currency != null && currency.matches("[A-Z]{3}") ? currency : null,
                period != null && PERIODS.contains(period) ? period : null, text(a.path("payText"), 300),
                text(a.path("requirements"), 4000), text(a.path("contact"), 300), text(a.path("description"), 4000), quality, modelId);
    }

    /** The draft this call becomes, pending review, read from message {@code messageId}. */
    CastingCallDraft toDraft(UUID messageId, String contentHash, float[] embedding) {
        CastingCallDraft draft = new CastingCallDraft();
        draft.id = UUID.randomUUID();
        draft.messageId = messageId;
        draft.contentHash = contentHash;
        draft.title = title == null ? "Untitled casting call" : title;
        draft.company = company;
        draft.projectType = projectType;
        draft.city = city;
        draft.country = country;
        draft.startsOn = startsOn;
        draft.endsOn = endsOn;
        draft.deadline = deadline;
        draft.ageMin = ageMin;
        draft.ageMax = ageMax;
        draft.genders = new CastingCallDraft.Genders(genders);
        draft.payAmount = payAmount;
        draft.payCurrency = payCurrency;
        draft.payPeriod = payPeriod;
        draft.payText = payText;
        draft.requirements = requirements;
        draft.contact = contact;
        draft.description = description == null ? "" : description;
        draft.quality = BigDecimal.valueOf(quality).setScale(2, RoundingMode.HALF_UP);
        draft.embedding = embedding;
        draft.extractedBy = extractedBy;
        draft.status = "PENDING";
        draft.createdAt = Instant.now();
        return draft;
    }

    /** The text the call's embedding is made from: what makes two posts the same call. */
    String fingerprintText() {
        return String.join(" | ", Stream.of(title, company, city, country, payText, requirements, description)
                .filter(v -> v != null && !v.isBlank()).toList());
    }

    private static String text(JsonNode node, int max) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        String value = node.asText().strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static String upper(JsonNode node) {
        return node.isTextual() ? node.asText().strip().toUpperCase() : null;
    }

    private static String code(JsonNode node, int length) {
        String value = upper(node);
        return value != null && value.matches("[A-Z]{" + length + "}") ? value : null;
    }

    private static Integer age(JsonNode node) {
        return node.isInt() && node.asInt() >= 0 && node.asInt() <= 110 ? node.asInt() : null;
    }

    private static LocalDate date(JsonNode node) {
        try {
            return node.isTextual() ? LocalDate.parse(node.asText().strip()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText().strip());
        } catch (DateTimeParseException e) {
            LocalDate day = date(node);
            return day == null ? null : day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
        }
    }
}
