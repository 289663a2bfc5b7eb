package app.slate.talent.cv;

import app.slate.talent.profile.LanguageSkill;
import app.slate.talent.profile.Representation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slate's own reading of an acting CV: no model, only the conventions CVs are written in. The
 * text is read line by line under its headings (credits by kind, training, skills, languages,
 * accents, representation); details written as "Label: value" are read wherever they are. Every
 * proposal keeps the line it came from, and lines under a credits heading that hold no credit
 * are returned too, so the talent sees what was not read.
 */
public final class CvReader {

    /** What was read, and the credit lines that were not (a credit without a year, say). */
    public record Reading(List<CvProposal> proposals, List<Unread> unread) {
    }

    public record Unread(int line, String text) {
    }

    private static final Pattern LIST_LABEL = Pattern.compile("(?i)^\\s*(languages?|accents?|dialects?|accents? (?:and|&) dialects?|"
            + "(?:special |other )?skills|training|education)\\s*[:：]\\s*(.+)$");
    private static final Pattern ACCENTS_INSIDE = Pattern.compile("(?i)\\b(?:dialects?|accents?)\\s*:\\s*([^;]+)");
    /** Where one detail ends and the next begins: wide gaps, pipes, dots, or the next label ("Hair: Brown Eyes: Blue"). */
    private static final Pattern SEGMENTS = Pattern.compile("\\s{2,}|\\s+\\|\\s+|\\s*·\\s*|\\t"
            + "|\\s+/\\s+|\\s+(?=(?i:height|weight|hair|eyes|eye colou?r|playing age|playable age|playing range|age range)\\s*:)");
    private static final int TRAINING = 300;
    /** A profile holds at most 50 credits or skills (20 languages): more proposals could never all be accepted. */
    private static final int MOST_OF_A_FIELD = 50;
    private static final int MOST_LANGUAGES = 20;

    private final List<CvProposal> proposals = new ArrayList<>();
    private final List<Unread> unread = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();
    private final List<String> training = new ArrayList<>();
    private int trainingLine;
    private String trainingSource;
    private Representation agent = new Representation(null, null, null, null);
    private int agentLine;
    private String agentSource;
    private String mainLanguage = "en";

    private CvReader() {
    }

    public static Reading read(List<String> lines) {
        CvReader reader = new CvReader();
        Section section = Section.PREAMBLE;
        CreditRows.Columns columns = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Optional<Section> opened = Section.openedBy(line);
            if (opened.isPresent()) {
                section = opened.get();
                columns = null;
                continue;
            }
            if (reader.listLine(line, number) || reader.agentLine(line, number)) {
                continue;
            }
            if (section.credits()) {
                Optional<CreditRows.Columns> header = CreditRows.header(line);
                if (header.isPresent()) {
                    columns = header.get();
                } else {
                    Section kind = section;
                    CreditRows.read(line, kind, columns).ifPresentOrElse(
                            credit -> reader.propose("notableWorks", credit, number, line, credit.title().toLowerCase(Locale.ROOT) + credit.year()),
                            () -> reader.unread.add(new Unread(number, line)));
                }
                continue;
            }
            reader.details(line, number, section == Section.PREAMBLE);
            switch (section) {
                case TRAINING -> reader.training(line, number, line);
                case SKILLS -> reader.skills(line, number, line);
                case LANGUAGES -> reader.languages(line, number, line);
                case ACCENTS -> reader.accents(line, number, line);
                case REPRESENTATION -> reader.agent(line, number);
                default -> {
                }
            }
        }
        return reader.finish();
    }

    /** "Languages: ...", "Skills: ...", "Training: ..." on one line, under any heading. */
    private boolean listLine(String line, int number) {
        Matcher label = LIST_LABEL.matcher(line);
        if (!label.matches()) {
            return false;
        }
        String name = label.group(1).toLowerCase(Locale.ROOT);
        String content = label.group(2);
        if (name.startsWith("language")) {
            languages(content, number, line);
        } else if (name.startsWith("accent") || name.startsWith("dialect")) {
            accents(content, number, line);
        } else if (name.contains("skill")) {
            skills(content, number, line);
        } else {
            for (String part : content.split("\\s*;\\s*")) {
                training(part, number, line);
            }
        }
        return true;
    }

    private boolean agentLine(String line, int number) {
        if (!Agents.LABEL.matcher(line).lookingAt()) {
            return false;
        }
        agent(line, number);
        return true;
    }

    /** Height, hair, eyes and playing age anywhere; union membership in the header, before the first heading. */
    private void details(String line, int number, boolean header) {
        for (String segment : SEGMENTS.split(line)) {
            Measurements.read(segment).ifPresent(stated -> propose(stated.field(), stated.value(), number, line, stated.field()));
            if (header) {
                Unions.read(segment).ifPresent(union -> propose("union", union, number, line, "union"));
            }
        }
    }

    private void training(String part, int number, String source) {
        String text = part.strip().replaceAll("^[-*•·]\\s*", "");
        if (text.isEmpty()) {
            return;
        }
        if (training.isEmpty()) {
            trainingLine = number;
            trainingSource = source;
        }
        training.add(text.replace('\t', ' ').replaceAll("\\s{2,}", " "));
    }

    private void skills(String content, int number, String source) {
        Matcher accentsInside = ACCENTS_INSIDE.matcher(content);
        String rest = content;
        while (accentsInside.find()) {
            accents(accentsInside.group(1), number, source);
            rest = rest.replace(accentsInside.group(), "");
        }
        // "Sports: Cricket, Boxing": a category named before its skills is not a skill.
        rest = rest.replaceFirst("^\\s*[\\p{L} &/]{2,30}:\\s*", "");
        for (String item : Cells.items(rest)) {
            Skills.read(item).ifPresent(skill -> propose("skills", skill, number, source, "skill " + skill.name().toLowerCase(Locale.ROOT)));
        }
    }

    private void languages(String content, int number, String source) {
        for (String item : Cells.items(content)) {
            Optional<LanguageSkill> language = Languages.language(item);
            language.ifPresent(l -> {
                if (l.proficiency() == LanguageSkill.Proficiency.NATIVE && proposals.stream().noneMatch(p -> p.value() instanceof LanguageSkill s
                        && s.proficiency() == LanguageSkill.Proficiency.NATIVE)) {
                    mainLanguage = l.language();
                }
                propose("languages", l, number, source, "language " + l.language());
            });
            if (language.isEmpty() && item.toLowerCase(Locale.ROOT).startsWith("accent")) {
                accents(item.replaceFirst("(?i)^accents?\\s*:?", ""), number, source);
            }
        }
    }

    private void accents(String content, int number, String source) {
        for (String item : Cells.items(content)) {
            Languages.accent(item, mainLanguage).ifPresent(accent ->
                    propose("languages.accents", accent, number, source, "accent " + accent.accent().toLowerCase(Locale.ROOT)));
        }
    }

    /** An agent's details may take several lines: each fills what the earlier ones left empty. */
    private void agent(String line, int number) {
        Representation read = Agents.read(line);
        if (Agents.empty(read)) {
            return;
        }
        if (Agents.empty(agent)) {
            agentLine = number;
            agentSource = line;
        }
        agent = new Representation(agent.agency() != null ? agent.agency() : read.agency(),
                agent.agentName() != null ? agent.agentName() : read.agentName(),
                agent.email() != null ? agent.email() : read.email(), agent.phone() != null ? agent.phone() : read.phone());
    }

    private void propose(String field, Object value, int number, String source, String key) {
        if (proposals.stream().filter(p -> p.field().equals(field)).count() >= (field.equals("languages") ? MOST_LANGUAGES : MOST_OF_A_FIELD)) {
            return;
        }
        if (taken.add(key)) {
            proposals.add(new CvProposal(field, value, number, CvText.clip(source, 300)));
        }
    }

    private Reading finish() {
        if (!training.isEmpty()) {
            String joined = String.join("; ", training);
            propose("experience.training", CvText.clip(joined, TRAINING), trainingLine,
                    trainingSource, "training");
        }
        if (!Agents.empty(agent)) {
            propose("representation", agent, agentLine, agentSource, "representation");
        }
        return new Reading(List.copyOf(proposals), List.copyOf(unread));
    }
}
