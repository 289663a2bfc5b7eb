package app.slate.scripts.parse;

/** One paragraph of a screenplay, as every format reduces to: what it is and its text. */
public record Paragraph(Kind kind, String text) {

    public enum Kind { SCENE_HEADING, ACTION, CHARACTER, PARENTHETICAL, DIALOGUE, TRANSITION }
}
