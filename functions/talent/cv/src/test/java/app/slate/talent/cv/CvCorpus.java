package app.slate.talent.cv;

import app.slate.talent.profile.Credit;
import app.slate.talent.profile.LanguageSkill;
import app.slate.talent.profile.PlayableAge;
import app.slate.talent.profile.Representation;
import app.slate.talent.profile.Skill;
import app.slate.talent.profile.UnionMembership;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The labelled CVs (src/test/resources/cvs): each written once as a source, rendered by other
 * tools as pasted text, a Word file and a PDF, with the truth a careful reader would take from
 * it. Scores what {@link CvReader} proposes, field by field, against that truth.
 */
public final class CvCorpus {

    /** Precision counts right proposals among those made; recall, truths found among those written. */
    public record Measure(int rightProposed, int proposed, int truthFound, int truth) {
        public double precision() {
            return proposed == 0 ? 1.0 : (double) rightProposed / proposed;
        }

        public double recall() {
            return truth == 0 ? 1.0 : (double) truthFound / truth;
        }

        Measure plus(Measure other) {
            return new Measure(rightProposed + other.rightProposed, proposed + other.proposed, truthFound + other.truthFound, truth + other.truth);
        }
    }

    public record Score(CvFormat format, Map<String, Measure> measures, List<String> mistakes) {
    }

    public static final List<String> MEASURES = List.of("credits", "credit roles", "credit kinds", "skills", "languages", "accents",
            "training", "union", "agent", "height", "hair and eyes", "playing age");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path directory;

    public CvCorpus(Path directory) {
        this.directory = directory;
    }

    public List<String> cvs() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".truth.json"))
                    .map(n -> n.replace(".truth.json", "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CvReader.Reading reading(String cv, CvFormat format) {
        String extension = switch (format) {
            case PDF -> ".pdf";
            case DOCX -> ".docx";
            case TEXT -> ".txt";
        };
        try {
            return CvReader.read(CvText.lines(Files.readAllBytes(directory.resolve(cv + extension)), format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Score score(CvFormat format) {
        Map<String, Measure> total = new LinkedHashMap<>();
        MEASURES.forEach(m -> total.put(m, new Measure(0, 0, 0, 0)));
        List<String> mistakes = new ArrayList<>();
        for (String cv : cvs()) {
            JsonNode truth = truth(cv);
            List<CvProposal> proposals = reading(cv, format).proposals();
            Map<String, Measure> one = score(cv, truth, proposals, mistakes);
            one.forEach((name, measure) -> total.merge(name, measure, Measure::plus));
        }
        return new Score(format, total, mistakes);
    }

    private JsonNode truth(String cv) {
        try {
            return JSON.readTree(directory.resolve(cv + ".truth.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Measure> score(String cv, JsonNode truth, List<CvProposal> proposals, List<String> mistakes) {
        Map<String, Measure> m = new LinkedHashMap<>();
        List<Credit> credits = values(proposals, Credit.class);
        List<JsonNode> trueCredits = list(truth.path("credits"));
        int creditsRight = 0;
        int rolesProposed = 0;
        int rolesRight = 0;
        int kindsRight = 0;
        for (Credit credit : credits) {
            JsonNode match = trueCredits.stream().filter(t -> same(t.path("title").asText(), credit.title()) && t.path("year").asInt() == credit.year())
                    .findFirst().orElse(null);
            if (match == null) {
                mistakes.add(cv + ": credit not in the CV's truth: " + credit);
                continue;
            }
            creditsRight++;
            if (credit.role() != null) {
                rolesProposed++;
                if (same(match.path("role").asText(""), credit.role())) {
                    rolesRight++;
                } else {
                    mistakes.add(cv + ": role of " + credit.title() + " read as '" + credit.role() + "', truth '" + match.path("role").asText() + "'");
                }
            }
            if (match.path("type").asText().equals(credit.type().name())) {
                kindsRight++;
            } else {
                mistakes.add(cv + ": kind of " + credit.title() + " read as " + credit.type() + ", truth " + match.path("type").asText());
            }
        }
        for (JsonNode t : trueCredits) {
            if (credits.stream().noneMatch(c -> same(t.path("title").asText(), c.title()) && t.path("year").asInt() == c.year())) {
                mistakes.add(cv + ": credit missed: " + t.path("title").asText() + " (" + t.path("year").asInt() + ")");
            }
        }
        m.put("credits", new Measure(creditsRight, credits.size(), creditsRight, trueCredits.size()));
        m.put("credit roles", new Measure(rolesRight, rolesProposed, rolesRight,
                (int) trueCredits.stream().filter(t -> t.hasNonNull("role")).count()));
        m.put("credit kinds", new Measure(kindsRight, creditsRight, kindsRight, trueCredits.size()));

        m.put("skills", names(cv, "skill", values(proposals, Skill.class).stream().map(Skill::name).toList(), texts(truth.path("skills")), mistakes));
        List<String> languages = values(proposals, LanguageSkill.class).stream().map(l -> l.language() + " " + l.proficiency()).toList();
        List<String> trueLanguages = list(truth.path("languages")).stream().map(l -> l.path("language").asText() + " " + l.path("proficiency").asText()).toList();
        m.put("languages", names(cv, "language", languages, trueLanguages, mistakes));
        List<String> accents = new ArrayList<>(values(proposals, Languages.Accent.class).stream().map(Languages.Accent::accent).toList());
        values(proposals, LanguageSkill.class).forEach(l -> accents.addAll(l.accents()));
        m.put("accents", names(cv, "accent", accents, texts(truth.path("accents")), mistakes));

        List<String> training = values(proposals, String.class).stream().flatMap(t -> Stream.of(t.split("; "))).toList();
        List<String> trueTraining = texts(truth.path("training"));
        int partsRight = (int) training.stream().filter(part -> trueTraining.stream().anyMatch(t -> fold(part).contains(fold(t)))).count();
        int found = (int) trueTraining.stream().filter(t -> training.stream().anyMatch(part -> fold(part).contains(fold(t)))).count();
        if (found < trueTraining.size()) {
            mistakes.add(cv + ": training read as " + training + ", truth " + trueTraining);
        }
        m.put("training", new Measure(partsRight, training.size(), found, trueTraining.size()));

        UnionMembership union = values(proposals, UnionMembership.class).stream().findFirst().orElse(null);
        JsonNode trueUnion = truth.path("union");
        boolean unionRight = union != null && !trueUnion.isNull() && !trueUnion.isMissingNode()
                && union.status().name().equals(trueUnion.path("status").asText())
                && union.unions().equals(texts(trueUnion.path("unions")));
        m.put("union", scalar(cv, "union", union, trueUnion.isNull() || trueUnion.isMissingNode() ? null : trueUnion, unionRight, mistakes));

        Representation agent = values(proposals, Representation.class).stream().findFirst().orElse(null);
        JsonNode trueAgent = truth.path("representation");
        Measure agentMeasure = new Measure(0, 0, 0, 0);
        for (String field : List.of("agency", "agentName", "email", "phone")) {
            String read = agent == null ? null : switch (field) {
                case "agency" -> agent.agency();
                case "agentName" -> agent.agentName();
                case "email" -> agent.email();
                default -> agent.phone();
            };
            String expected = trueAgent.hasNonNull(field) ? trueAgent.path(field).asText() : null;
            agentMeasure = agentMeasure.plus(scalar(cv, "agent " + field, read, expected, read != null && same(read, expected), mistakes));
        }
        m.put("agent", agentMeasure);

        Integer height = fieldValue(proposals, "appearance.heightCm", Integer.class);
        Integer trueHeight = truth.hasNonNull("heightCm") ? truth.path("heightCm").asInt() : null;
        m.put("height", scalar(cv, "height", height, trueHeight, Objects.equals(height, trueHeight), mistakes));
        Object hair = fieldValue(proposals, "appearance.hairColor", Object.class);
        Object eyes = fieldValue(proposals, "appearance.eyeColor", Object.class);
        String trueHair = truth.hasNonNull("hairColor") ? truth.path("hairColor").asText() : null;
        String trueEyes = truth.hasNonNull("eyeColor") ? truth.path("eyeColor").asText() : null;
        m.put("hair and eyes", scalar(cv, "hair", hair, trueHair, hair != null && hair.toString().equals(trueHair), mistakes)
                .plus(scalar(cv, "eyes", eyes, trueEyes, eyes != null && eyes.toString().equals(trueEyes), mistakes)));
        PlayableAge age = values(proposals, PlayableAge.class).stream().findFirst().orElse(null);
        JsonNode trueAge = truth.path("playableAge");
        boolean ageRight = age != null && trueAge.isObject() && age.min() == trueAge.path("min").asInt() && age.max() == trueAge.path("max").asInt();
        m.put("playing age", scalar(cv, "playing age", age, trueAge.isObject() ? trueAge : null, ageRight, mistakes));
        return m;
    }

    private static Measure names(String cv, String what, List<String> read, List<String> truth, List<String> mistakes) {
        int right = 0;
        for (String r : read) {
            if (truth.stream().anyMatch(t -> same(t, r))) {
                right++;
            } else {
                mistakes.add(cv + ": " + what + " not in the CV's truth: '" + r + "'");
            }
        }
        int found = 0;
        for (String t : truth) {
            if (read.stream().anyMatch(r -> same(t, r))) {
                found++;
            } else {
                mistakes.add(cv + ": " + what + " missed: '" + t + "'");
            }
        }
        return new Measure(right, read.size(), found, truth.size());
    }

    private static Measure scalar(String cv, String what, Object read, Object truth, boolean right, List<String> mistakes) {
        if (read != null && !right || read == null && truth != null) {
            mistakes.add(cv + ": " + what + " read as " + read + ", truth " + truth);
        }
        return new Measure(right ? 1 : 0, read == null ? 0 : 1, right ? 1 : 0, truth == null ? 0 : 1);
    }

    private static <T> List<T> values(List<CvProposal> proposals, Class<T> type) {
        return proposals.stream().filter(p -> type.isInstance(p.value())).map(p -> type.cast(p.value())).toList();
    }

    private static <T> T fieldValue(List<CvProposal> proposals, String field, Class<T> type) {
        return proposals.stream().filter(p -> p.field().equals(field)).map(p -> type.cast(p.value())).findFirst().orElse(null);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
