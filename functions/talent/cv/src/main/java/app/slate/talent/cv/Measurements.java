package app.slate.talent.cv;

import app.slate.talent.profile.Appearance;
import app.slate.talent.profile.PlayableAge;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Height, hair, eyes and playing age from the "Height: 5'8"" kind of segment a CV's details are written in. */
final class Measurements {

    private static final Pattern FEET = Pattern.compile("(\\d)\\s*(?:'|’|ft|feet)\\s*(\\d{1,2})?\\s*(?:\"|”|''|in(?:ches)?)?");
    private static final Pattern CENTIMETRES = Pattern.compile("(\\d{3})\\s*cm");
    private static final Pattern METRES = Pattern.compile("([12])[.,](\\d{2})\\s*m\\b");
    private static final Pattern LABEL = Pattern.compile("(?i)^(height|hair(?: colou?r)?|eyes|eye colou?r|playing age|playable age|playing range|age range)\\s*[:\\-]?\\s*(.+)$");
    private static final Pattern AFTER = Pattern.compile("(?i)^([\\p{L} -]{3,20}?)\\s+(hair|eyes)$");
    private static final Pattern HEIGHT_ALONE = Pattern.compile("(?i)^(\\d{3}\\s*cm|[12][.,]\\d{2}\\s*m|\\d\\s*(?:'|’|ft)\\s*\\d{0,2}\\s*(?:\"|”|in)?)$");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})");

    private Measurements() {
    }

    /** What a segment states: the label it names and the value, already typed; empty when it is no such segment. */
    record Stated(String field, Object value) {
    }

    static Optional<Stated> read(String segment) {
        Matcher label = LABEL.matcher(segment.strip());
        if (!label.matches()) {
            return unlabelled(segment.strip());
        }
        String name = label.group(1).toLowerCase(Locale.ROOT);
        String value = label.group(2).strip();
        if (name.equals("height")) {
            return height(value).map(cm -> new Stated("appearance.heightCm", cm));
        }
        if (name.startsWith("hair")) {
            return hair(value).map(colour -> new Stated("appearance.hairColor", colour));
        }
        if (name.startsWith("eye")) {
            return eyes(value).map(colour -> new Stated("appearance.eyeColor", colour));
        }
        Matcher range = RANGE.matcher(value);
        if (range.find()) {
            int min = Integer.parseInt(range.group(1));
            int max = Integer.parseInt(range.group(2));
            if (min <= max && max <= 110) {
                return Optional.of(new Stated("playableAge", new PlayableAge(min, max)));
            }
        }
        return Optional.empty();
    }

    /** "160cm", "Black hair", "Brown eyes": a detail whose label follows it, or a height alone. */
    private static Optional<Stated> unlabelled(String segment) {
        Matcher after = AFTER.matcher(segment);
        if (after.matches()) {
            return after.group(2).toLowerCase(Locale.ROOT).startsWith("hair")
                    ? hair(after.group(1)).map(colour -> new Stated("appearance.hairColor", colour))
                    : eyes(after.group(1)).map(colour -> new Stated("appearance.eyeColor", colour));
        }
        return HEIGHT_ALONE.matcher(segment).matches() ? height(segment).map(cm -> new Stated("appearance.heightCm", cm)) : Optional.empty();
    }

    static Optional<Integer> height(String value) {
        Matcher cm = CENTIMETRES.matcher(value);
        Matcher m = METRES.matcher(value);
        Matcher feet = FEET.matcher(value);
        Integer height = null;
        if (cm.find()) {
            height = Integer.parseInt(cm.group(1));
        } else if (m.find()) {
            height = Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2));
        } else if (feet.find()) {
            int inches = Integer.parseInt(feet.group(1)) * 12 + (feet.group(2) == null ? 0 : Integer.parseInt(feet.group(2)));
            height = (int) Math.round(inches * 2.54);
        }
        return height != null && height >= 50 && height <= 250 ? Optional.of(height) : Optional.empty();
    }

    private static Optional<Appearance.HairColor> hair(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        for (Appearance.HairColor colour : Appearance.HairColor.values()) {
            if (colour != Appearance.HairColor.OTHER && v.matches(".*\\b" + colour.name().toLowerCase(Locale.ROOT) + "\\b.*")) {
                return Optional.of(colour);
            }
        }
        if (v.matches(".*\\b(blond|fair)\\b.*")) {
            return Optional.of(Appearance.HairColor.BLONDE);
        }
        if (v.matches(".*\\b(gray|silver|salt)\\b.*")) {
            return Optional.of(Appearance.HairColor.GREY);
        }
        if (v.matches(".*\\b(ginger)\\b.*")) {
            return Optional.of(Appearance.HairColor.RED);
        }
        return Optional.empty();
    }

    private static Optional<Appearance.EyeColor> eyes(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        for (Appearance.EyeColor colour : Appearance.EyeColor.values()) {
            if (colour != Appearance.EyeColor.OTHER && v.matches(".*\\b" + colour.name().toLowerCase(Locale.ROOT) + "\\b.*")) {
                return Optional.of(colour);
            }
        }
        return v.matches(".*\\bgray\\b.*") ? Optional.of(Appearance.EyeColor.GREY) : Optional.empty();
    }
}
