package app.slate.casting.submission.cover;

/** How a drafted cover note sounds. Every tone draws on the same facts; only the wording and length change. */
public enum Tone {
    /** Friendly and personal: a greeting, the facts in full sentences, thanks. */
    WARM,
    /** A letter: "Dear casting team", the facts, "Kind regards". */
    FORMAL,
    /** Two or three lines: the role and the two strongest facts. */
    BRIEF
}
