package app.slate.talent.cv;

/**
 * One profile field Slate read from a CV, for the talent to accept or leave: {@code field} is the
 * profile's ({@code notableWorks}, {@code skills}, {@code languages}, {@code languages.accents},
 * {@code experience.training}, {@code union}, {@code representation}, {@code appearance.heightCm},
 * {@code appearance.hairColor}, {@code appearance.eyeColor}, {@code playableAge}); {@code value} is
 * what it would hold (a credit, a skill...); {@code line} and {@code source} are where in the CV it
 * was read (1-based line of the text Slate extracted).
 */
public record CvProposal(String field, Object value, int line, String source) {
}
