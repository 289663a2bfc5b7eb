package app.slate.scripts.corpus;

import app.slate.scripts.breakdown.ScriptBreakdown;
import app.slate.scripts.draft.FromIntroduction;
import app.slate.scripts.draft.RoleDraft;
import app.slate.scripts.parse.FdxParser;
import app.slate.scripts.parse.FountainParser;
import app.slate.scripts.parse.Paragraph;
import app.slate.scripts.parse.PdfScreenplay;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The labelled screenplays under src/test/resources/corpus, each in Fountain (as written), Final
 * Draft (written from the Fountain by aw-parser, see corpus/README.md) and PDF (typeset by
 * afterwriting), with the truth per character in NAME.truth.json. Scores every format's drafts
 * against the truth: the cast found, and gender, playing age and role kind for each.
 */
public final class ScreenplayCorpus {

    public enum Format { FOUNTAIN, FDX, PDF }

    /** One measure for one format: what was right out of what was drafted and out of what is true. */
    public record Measure(int right, int drafted, int truth) {
        public double precision() {
            return drafted == 0 ? 1 : (double) right / drafted;
        }

        public double recall() {
            return truth == 0 ? 1 : (double) right / truth;
        }

        Measure plus(Measure m) {
            return new Measure(right + m.right, drafted + m.drafted, truth + m.truth);
        }
    }

    public record Score(Format format, Measure characters, Measure gender, Measure age, Measure kind, List<String> mistakes) {
    }

    private record Truth(String name, String gender, Integer ageMin, Integer ageMax, String kind) {
    }

    private final Path folder;

    public ScreenplayCorpus(Path folder) {
        this.folder = folder;
    }

    public List<String> scripts() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".truth.json"))
                    .map(n -> n.substring(0, n.length() - ".truth.json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Score score(Format format) {
        Measure none = new Measure(0, 0, 0);
        Measure characters = none;
        Measure gender = none;
        Measure age = none;
        Measure kind = none;
        List<String> mistakes = new ArrayList<>();
        for (String script : scripts()) {
            Map<String, Truth> truth = truth(script);
            Map<String, RoleDraft> drafts = drafts(script, format).stream()
                    .collect(Collectors.toMap(RoleDraft::characterName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            int found = (int) drafts.keySet().stream().filter(truth::containsKey).count();
            characters = characters.plus(new Measure(found, drafts.size(), truth.size()));
            drafts.keySet().stream().filter(n -> !truth.containsKey(n)).forEach(n -> mistakes.add(script + ": " + n + " is not a role"));
            truth.keySet().stream().filter(n -> !drafts.containsKey(n)).forEach(n -> mistakes.add(script + ": " + n + " missed"));
            for (Truth t : truth.values()) {
                RoleDraft d = drafts.get(t.name());
                String g = d == null ? null : d.gender();
                gender = gender.plus(measure(g, t.gender()));
                note(mistakes, script, t.name(), "gender", g, t.gender());
                String a = d == null || d.ageMin() == null ? null : d.ageMin() + "-" + d.ageMax();
                String ta = t.ageMin() == null ? null : t.ageMin() + "-" + t.ageMax();
                age = age.plus(measure(a, ta));
                note(mistakes, script, t.name(), "age", a, ta);
                String k = d == null ? null : d.kind();
                kind = kind.plus(measure(k, t.kind()));
                note(mistakes, script, t.name(), "kind", k, t.kind());
            }
        }
        return new Score(format, characters, gender, age, kind, mistakes);
    }

    public List<RoleDraft> drafts(String script, Format format) {
        ScriptBreakdown breakdown = ScriptBreakdown.of(paragraphs(script, format));
        List<RoleDraft> drafts = new ArrayList<>();
        breakdown.characters().forEach(c -> drafts.add(FromIntroduction.draft(c, breakdown, drafts.size())));
        return drafts;
    }

    public ScriptBreakdown breakdown(String script, Format format) {
        return ScriptBreakdown.of(paragraphs(script, format));
    }

    private List<Paragraph> paragraphs(String script, Format format) {
        return switch (format) {
            case FOUNTAIN -> FountainParser.parse(new String(read(script + ".fountain"), StandardCharsets.UTF_8));
            case FDX -> FdxParser.parse(read(script + ".fdx"));
            case PDF -> PdfScreenplay.parse(read(script + ".pdf"));
        };
    }

    /** A stated value right counts once each way; a value drafted where the script says nothing is a wrong draft. */
    private static Measure measure(String drafted, String truth) {
        return new Measure(drafted != null && drafted.equals(truth) ? 1 : 0, drafted == null ? 0 : 1, truth == null ? 0 : 1);
    }

    private static void note(List<String> mistakes, String script, String name, String what, String drafted, String truth) {
        if (!Objects.equals(drafted, truth)) {
            mistakes.add(script + ": " + name + " " + what + " " + drafted + ", truth " + truth);
        }
    }

    private Map<String, Truth> truth(String script) {
        try {
            JsonNode root = new ObjectMapper().readTree(read(script + ".truth.json"));
            Map<String, Truth> truth = new LinkedHashMap<>();
            for (JsonNode c : root.path("characters")) {
                truth.put(c.path("name").asText(), new Truth(c.path("name").asText(), text(c.path("gender")),
                        c.path("ageMin").isInt() ? c.path("ageMin").asInt() : null, c.path("ageMax").isInt() ? c.path("ageMax").asInt() : null,
                        c.path("kind").asText()));
            }
            return truth;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private byte[] read(String file) {
        try {
            return Files.readAllBytes(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
