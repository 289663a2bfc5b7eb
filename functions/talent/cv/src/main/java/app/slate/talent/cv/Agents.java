package app.slate.talent.cv;

import app.slate.talent.profile.Representation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's details: the agency, the agent's name, an email and a phone, from "Agent: Hart
 * Talent, Jo Hart, jo@hart.example, +44 20 7946 0000" or the lines under a Representation heading.
 */
final class Agents {

    /** "Agent:", "Management -", "Represented by": a label, never the start of a title ("Agent Carter"). */
    static final Pattern LABEL = Pattern.compile("(?i)^\\s*(?:(?:agent|agency|representation|management|manager)\\s*[:\\-–]|represented by\\b)\\s*");
    /** Bounded, so a hostile run of ".b.b.b" costs nothing; the same shape as the profile's email rule accepts. */
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w+-]{1,64}(?:\\.[\\w+-]{1,64}){0,8}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?){1,8}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w-])\\+?\\(?\\d[\\d ()-]{6,18}\\d(?![\\w-])");
    private static final Pattern COMPANY = Pattern.compile("(?i)\\b(talent|management|agency|artists|associates|ltd|llc|inc|group|partners|casting|agents?|"
            + "entertainment|creative|mgmt|represent\\w*)\\b");
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}");

    /** The profile's agency and agent name hold 120 characters. */
    private static final int NAME = 120;

    private Agents() {
    }

    /** What the text names; null fields where it does not say. */
    static Representation read(String text) {
        String rest = LABEL.matcher(text).replaceFirst("");
        String email = first(EMAIL, rest);
        if (email != null) {
            rest = rest.replace(email, " ");
        }
        String phone = first(PHONE, rest);
        if (phone != null) {
            rest = rest.replace(phone, " ");
            phone = phone.strip();
        }
        String agency = null;
        String agent = null;
        Matcher inBrackets = Pattern.compile("\\(([^()]+)\\)").matcher(rest);
        if (inBrackets.find() && PERSON.matcher(inBrackets.group(1).strip()).matches()) {
            agent = inBrackets.group(1).strip();
            rest = rest.replace(inBrackets.group(), " ");
        }
        List<String> parts = new ArrayList<>();
        for (String part : rest.split("\\s*(?:,|\\|| - | – |;|\\t|\\s{2,})\\s*")) {
            String p = part.replaceAll("(?i)\\b(contact|tel|phone|email|e-mail|mobile)\\s*:?", "").strip();
            if (!p.isEmpty() && p.matches(".*\\p{L}.*")) {
                parts.add(p);
            }
        }
        for (String part : parts) {
            if (agency == null && COMPANY.matcher(part).find()) {
                agency = part;
            } else if (agent == null && PERSON.matcher(part).matches()) {
                agent = part;
            }
        }
        if (agency == null && !parts.isEmpty() && !parts.get(0).equals(agent)) {
            agency = parts.get(0);
        }
        return new Representation(CvText.clip(agency, NAME), CvText.clip(agent, NAME), email != null && email.length() <= 254 ? email : null,
                phone != null && phone.matches("\\+?[0-9 ()-]{6,20}") ? phone : null);
    }

    static boolean empty(Representation r) {
        return r.agency() == null && r.agentName() == null && r.email() == null && r.phone() == null;
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }
}
