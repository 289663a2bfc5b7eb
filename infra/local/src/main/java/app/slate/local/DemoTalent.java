package app.slate.local;

import app.slate.talent.profile.Appearance;
import app.slate.talent.profile.AvailabilityWindow;
import app.slate.talent.profile.Award;
import app.slate.talent.profile.Credit;
import app.slate.talent.profile.Experience;
import app.slate.talent.profile.Gender;
import app.slate.talent.profile.LanguageSkill;
import app.slate.talent.profile.Location;
import app.slate.talent.profile.PlayableAge;
import app.slate.talent.profile.ProfileDetails;
import app.slate.talent.profile.ProfileLink;
import app.slate.talent.profile.Representation;
import app.slate.talent.profile.SalaryExpectation;
import app.slate.talent.profile.Skill;
import app.slate.talent.profile.Travel;
import app.slate.talent.profile.UnionMembership;
import app.slate.talent.profile.WorkAuthorization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Varied, plausible talent profiles for the local cloud, the same every time for the same number. */
final class DemoTalent {

    private record City(String name, String region, String country, double lat, double lon, String language, String union) {
    }

    private static final List<City> CITIES = List.of(
            new City("London", "England", "GB", 51.5072, -0.1276, "en", "Equity"),
            new City("Manchester", "England", "GB", 53.4808, -2.2426, "en", "Equity"),
            new City("Glasgow", "Scotland", "GB", 55.8642, -4.2518, "en", "Equity"),
            new City("Dublin", "Leinster", "IE", 53.3498, -6.2603, "en", "Irish Equity"),
            new City("New York", "NY", "US", 40.7128, -74.0060, "en", "SAG-AFTRA"),
            new City("Los Angeles", "CA", "US", 34.0522, -118.2437, "en", "SAG-AFTRA"),
            new City("Atlanta", "GA", "US", 33.7490, -84.3880, "en", "SAG-AFTRA"),
            new City("Toronto", "ON", "CA", 43.6532, -79.3832, "en", "ACTRA"),
            new City("Vancouver", "BC", "CA", 49.2827, -123.1207, "en", "UBCP/ACTRA"),
            new City("Riyadh", "Riyadh", "SA", 24.7136, 46.6753, "ar", "SAAF"),
            new City("Jeddah", "Makkah", "SA", 21.4858, 39.1925, "ar", "SAAF"),
            new City("Dubai", "Dubai", "AE", 25.2048, 55.2708, "ar", "UAE Actors"),
            new City("Mumbai", "Maharashtra", "IN", 19.0760, 72.8777, "hi", "CINTAA"),
            new City("Lagos", "Lagos", "NG", 6.5244, 3.3792, "en", "AGN"),
            new City("Sydney", "NSW", "AU", -33.8688, 151.2093, "en", "MEAA"),
            new City("Berlin", "Berlin", "DE", 52.5200, 13.4050, "de", "BFFS"),
            new City("Paris", "Île-de-France", "FR", 48.8566, 2.3522, "fr", "SFA"),
            new City("Madrid", "Madrid", "ES", 40.4168, -3.7038, "es", "AISGE"));

    private static final String[] FIRST = {"Amara", "Leo", "Priya", "Sam", "Noor", "Jonah", "Aisha", "Mateo", "Chloe",
            "Kwame", "Yara", "Finn", "Zara", "Omar", "Elena", "Tariq", "Maya", "Rhys", "Sofia", "Dev", "Hana", "Luca",
            "Imani", "Ravi", "Freya", "Khalid", "Ines", "Theo", "Layla", "Arjun"};
    private static final String[] LAST = {"Okafor", "Bennett", "Sharma", "Reyes", "Al-Harbi", "Walsh", "Mensah",
            "García", "Dubois", "Boateng", "Haddad", "O'Connor", "Khan", "Farouk", "Rossi", "Nakamura", "Novak",
            "Adeyemi", "Kapoor", "Lindqvist", "Costa", "Murphy", "Ibrahim", "Schmidt", "Moreau"};
    private static final List<String> LANGUAGES = List.of("en", "ar", "fr", "es", "de", "hi", "yo", "it", "pt", "ur");
    private static final String[][] ACCENTS = {{"RP", "Estuary", "Scouse", "Geordie"}, {"General American", "Southern US", "New York"},
            {"Irish", "Scottish", "Welsh"}, {"Najdi", "Hejazi", "Gulf"}, {"Australian"}, {"Nigerian", "Ghanaian"}};
    private static final List<Skill> SKILLS = List.of(
            new Skill("Stage combat", Skill.Category.COMBAT, Skill.Level.ADVANCED),
            new Skill("Sword fighting", Skill.Category.COMBAT, Skill.Level.INTERMEDIATE),
            new Skill("Horse riding", Skill.Category.RIDING, Skill.Level.INTERMEDIATE),
            new Skill("Ballet", Skill.Category.DANCE, Skill.Level.PROFESSIONAL),
            new Skill("Hip hop", Skill.Category.DANCE, Skill.Level.ADVANCED),
            new Skill("Contemporary", Skill.Category.DANCE, Skill.Level.INTERMEDIATE),
            new Skill("Mezzo-soprano", Skill.Category.SINGING, Skill.Level.PROFESSIONAL),
            new Skill("Baritone", Skill.Category.SINGING, Skill.Level.ADVANCED),
            new Skill("Piano", Skill.Category.INSTRUMENT, Skill.Level.ADVANCED),
            new Skill("Guitar", Skill.Category.INSTRUMENT, Skill.Level.INTERMEDIATE),
            new Skill("Swimming", Skill.Category.SPORT, Skill.Level.ADVANCED),
            new Skill("Boxing", Skill.Category.SPORT, Skill.Level.INTERMEDIATE),
            new Skill("Voice-over", Skill.Category.VOICE, Skill.Level.PROFESSIONAL),
            new Skill("Juggling", Skill.Category.CIRCUS, Skill.Level.BEGINNER),
            new Skill("Stunt driving", Skill.Category.DRIVING, Skill.Level.ADVANCED));
    private static final String[] TITLES = {"The Long Road", "Harbour Lights", "Desert Bloom", "Night Shift",
            "Kingdom of Sand", "The Quiet Year", "Paper Crowns", "Northbound", "Salt & Cedar", "Glass City"};

    private DemoTalent() {
    }

    static ProfileDetails generate(int number) {
        Random random = new Random(1_000_003L * number);
        City city = CITIES.get(random.nextInt(CITIES.size()));
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        int age = 8 + random.nextInt(62);
        LocalDate born = LocalDate.now().minusYears(age).minusDays(random.nextInt(365));
        int low = Math.max(6, age - 3 - random.nextInt(4));
        Gender gender = Gender.values()[random.nextInt(10) < 9 ? random.nextInt(2) : 2 + random.nextInt(4)];

        Set<String> languages = new LinkedHashSet<>(List.of(city.language()));
        while (random.nextInt(3) == 0 && languages.size() < 4) {
            languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        }
        List<LanguageSkill> languageSkills = new ArrayList<>();
        for (String language : languages) {
            String[] accents = ACCENTS[random.nextInt(ACCENTS.length)];
            languageSkills.add(new LanguageSkill(language,
                    languageSkills.isEmpty() ? LanguageSkill.Proficiency.NATIVE : LanguageSkill.Proficiency.values()[1 + random.nextInt(3)],
                    random.nextBoolean() ? List.of(accents[random.nextInt(accents.length)]) : List.of()));
        }
        Set<Skill> skills = new LinkedHashSet<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            skills.add(SKILLS.get(random.nextInt(SKILLS.size())));
        }
        UnionMembership.Status unionStatus = UnionMembership.Status.values()[random.nextInt(3)];
        List<Credit> credits = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            credits.add(new Credit(TITLES[random.nextInt(TITLES.length)], "Supporting", 2010 + random.nextInt(16),
                    Credit.Type.values()[random.nextInt(Credit.Type.values().length)], null));
        }
        List<AvailabilityWindow> availability = new ArrayList<>();
        if (random.nextBoolean()) {
            LocalDate from = LocalDate.now().plusDays(random.nextInt(200));
            availability.add(new AvailabilityWindow(from, from.plusDays(7 + random.nextInt(60)),
                    AvailabilityWindow.Status.UNAVAILABLE, "Booked"));
        }
        boolean minor = age < 18;
        return new ProfileDetails(
                first + " " + last,
                random.nextInt(5) == 0 ? first + " " + last.charAt(0) + "." : null,
                gender == Gender.FEMALE ? "she/her" : gender == Gender.MALE ? "he/him" : "they/them",
                born,
                new PlayableAge(low, Math.min(110, Math.max(low, age + 2 + random.nextInt(5)))),
                gender,
                new Appearance(minor ? 120 + random.nextInt(50) : 152 + random.nextInt(45),
                        Appearance.Build.values()[random.nextInt(Appearance.Build.values().length)],
                        Appearance.HairColor.values()[random.nextInt(Appearance.HairColor.values().length)],
                        Appearance.EyeColor.values()[random.nextInt(Appearance.EyeColor.values().length)], null),
                new Location(city.name(), city.region(), city.country(),
                        city.lat() + (random.nextDouble() - 0.5) / 5, city.lon() + (random.nextDouble() - 0.5) / 5),
                new Travel(random.nextBoolean(), 100 + random.nextInt(5000), random.nextBoolean()),
                languageSkills,
                List.copyOf(skills),
                new UnionMembership(unionStatus, unionStatus == UnionMembership.Status.NON_UNION ? List.of() : List.of(city.union())),
                List.of(new WorkAuthorization(city.country(), WorkAuthorization.Status.CITIZEN)),
                credits,
                minor ? null : new Experience(Math.max(0, age - 20), random.nextInt(40), random.nextBoolean() ? "Drama school" : null),
                random.nextInt(6) == 0 ? List.of(new Award("Regional Theatre Awards", 2015 + random.nextInt(10), "Best Supporting",
                        random.nextBoolean() ? Award.Result.WON : Award.Result.NOMINATED)) : List.of(),
                random.nextBoolean() ? List.of("A lead in a period drama") : List.of(),
                new SalaryExpectation((long) (200 + random.nextInt(1800)) * 100, "USD", SalaryExpectation.Per.DAY),
                availability,
                random.nextBoolean() ? new Representation("Northstar Talent", "Jo Hart", "agent" + number + "@northstar.example", null) : null,
                random.nextBoolean() ? List.of(new ProfileLink(ProfileLink.Kind.WEBSITE, "https://talent.example/" + number)) : List.of(),
                first + " is a " + (age < 18 ? "young performer" : "performer") + " based in " + city.name()
                        + ", with " + (credits.isEmpty() ? "a growing showreel" : credits.size() + " screen and stage credits")
                        + (skills.isEmpty() ? "." : " and skills in " + skills.iterator().next().name().toLowerCase() + "."),
                random.nextInt(10) != 0);
    }
}
