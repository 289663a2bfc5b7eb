package app.slate.media;

import java.util.List;

/**
 * The HLS renditions a transcoder produced, each with its media playlist key relative to the
 * asset's HLS folder. A record around the list: a JSON column must hold an object, not an array.
 */
public record Renditions(List<Rendition> items) {

    public record Rendition(String name, String playlist, int width, int height, long bandwidth) {
    }
}
