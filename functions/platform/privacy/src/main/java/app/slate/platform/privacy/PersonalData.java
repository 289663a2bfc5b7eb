package app.slate.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one context holds about a person, published so that the trust context can erase and export
 * it without reading another context's tables: each context implements it next to its own tables,
 * and the privacy function runs every implementation it finds. Blocking (a Lambda handler's
 * thread); each call is safe to run again after a crash.
 */
public interface PersonalData {

    /** The area's name: a receipt's section and the export's file ({@code <area>.json}). */
    String area();

    /**
     * When it runs in an erasure, smallest first: what points at others' rows (submissions at media,
     * media at the profile) goes before what it points at, and the account last.
     */
    int order();

    /** Removes or anonymises everything the area holds about the person; the receipt's lines. */
    List<ErasureLine> erase(Person person);

    /** Everything the area holds about the person, as the person may read it; null when it holds nothing of theirs to read. */
    JsonNode export(Person person);

    /**
     * Whether the area is erased once more after all the others: a store that work already in
     * flight when the erasure began (an indexer between its read and its write) could fill again.
     */
    default boolean sweptLast() {
        return false;
    }

    /** Files to add beside {@link #export}: by default none. */
    default List<ExportFile> files(Person person) {
        return List.of();
    }
}
