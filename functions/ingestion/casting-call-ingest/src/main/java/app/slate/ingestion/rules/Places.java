package app.slate.ingestion.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cities and countries casting posts in Slate's markets name, in English and Arabic. The
 * first city a post names wins; failing one, the first country.
 */
final class Places {

    private static final Map<String, Place> CITIES = new LinkedHashMap<>();
    private static final Map<String, String> COUNTRIES = new LinkedHashMap<>();
    private static final Pattern CITY;
    private static final Pattern COUNTRY;

    static {
        city("SA", "Riyadh", "الرياض");
        city("SA", "Jeddah", "جدة", "Jedda");
        city("SA", "Dammam", "الدمام");
        city("SA", "Khobar", "الخبر", "Al Khobar");
        city("SA", "Mecca", "مكة", "Makkah");
        city("SA", "Medina", "المدينة", "Madinah");
        city("SA", "AlUla", "العلا", "Al Ula");
        city("SA", "Abha", "أبها");
        city("SA", "Taif", "الطائف");
        city("SA", "NEOM", "نيوم");
        city("AE", "Dubai", "دبي");
        city("AE", "Abu Dhabi", "أبوظبي", "أبو ظبي");
        city("AE", "Sharjah", "الشارقة");
        city("QA", "Doha", "الدوحة");
        city("BH", "Manama", "المنامة");
        city("KW", "Kuwait City");
        city("OM", "Muscat", "مسقط");
        city("EG", "Cairo", "القاهرة");
        city("EG", "Alexandria", "الإسكندرية");
        city("JO", "Amman", "عمّان");
        city("LB", "Beirut", "بيروت");
        city("MA", "Casablanca", "الدار البيضاء");
        city("GB", "London");
        city("GB", "Manchester");
        city("GB", "Birmingham");
        city("GB", "Leeds");
        city("GB", "Liverpool");
        city("GB", "Bristol");
        city("GB", "Glasgow");
        city("GB", "Edinburgh");
        city("GB", "Cardiff");
        city("GB", "Belfast");
        city("IE", "Dublin");
        city("FR", "Paris");
        city("DE", "Berlin");
        city("ES", "Madrid");
        city("IT", "Rome");
        city("NL", "Amsterdam");
        city("TR", "Istanbul");
        city("IN", "Mumbai");
        city("NG", "Lagos");
        city("ZA", "Cape Town");
        city("US", "New York", "NYC");
        city("US", "Los Angeles");
        city("US", "Atlanta");
        city("CA", "Toronto");
        city("AU", "Sydney");
        country("SA", "Saudi Arabia", "KSA", "Saudi", "السعودية");
        country("AE", "United Arab Emirates", "UAE", "الإمارات");
        country("QA", "Qatar", "قطر");
        country("BH", "Bahrain", "البحرين");
        country("KW", "Kuwait", "الكويت");
        country("OM", "Oman");
        country("EG", "Egypt", "مصر");
        country("JO", "Jordan", "الأردن");
        country("GB", "United Kingdom", "UK", "England", "Scotland", "Wales");
        country("IE", "Ireland");
        country("US", "United States", "USA");
        CITY = alternation(CITIES.keySet());
        COUNTRY = alternation(COUNTRIES.keySet());
    }

    private Places() {
    }

    static Place find(String body) {
        Matcher city = CITY.matcher(body);
        if (city.find()) {
            return CITIES.get(key(city.group(1)));
        }
        Matcher country = COUNTRY.matcher(body);
        return country.find() ? new Place(null, COUNTRIES.get(key(country.group(1)))) : null;
    }

    private static void city(String country, String name, String... aliases) {
        Place place = new Place(name, country);
        CITIES.put(key(name), place);
        for (String alias : aliases) {
            CITIES.put(key(alias), place);
        }
    }

    private static void country(String code, String... names) {
        for (String name : names) {
            COUNTRIES.put(key(name), code);
        }
    }

    /** Longest names first, so "Abu Dhabi" is not read as something shorter; whole words only ("LA" not in "Lagos"). */
    private static Pattern alternation(java.util.Set<String> names) {
        String alternatives = String.join("|", names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        return Pattern.compile("(?iu)(?<![\\p{L}])(" + alternatives + ")(?![\\p{L}])");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
