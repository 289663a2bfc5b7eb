package app.slate.matching.score;

/** Who a match is explained to: the casting team of a role, or the talent looking at roles. */
public enum Perspective {
    CASTING,
    TALENT
}
