package app.slate.trust.consent;

import java.time.Instant;

/**
 * A purpose as the person sees it: whether their consent holds, to which version, when and where
 * it was given or withdrawn ({@code at} and {@code source} null when nothing was recorded and the
 * purpose's default holds), the purpose's current version, and whether Slate asks again
 * ({@code renewalNeeded}: a purpose that asks again on a new version, not given to the current one).
 */
public record ConsentView(Purpose purpose, boolean given, String version, String currentVersion, boolean renewalNeeded, Instant at,
                          ConsentSource source) {
}
