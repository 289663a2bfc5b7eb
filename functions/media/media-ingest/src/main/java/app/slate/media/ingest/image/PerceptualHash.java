package app.slate.media.ingest.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A 64-bit difference hash: the image shrunk to 9×8 grey pixels, one bit per pair of
 * neighbours (is the left one brighter?). Re-encoding, resizing and light edits change few bits,
 * so two uploads of the same headshot lie within a small Hamming distance of each other.
 */
public final class PerceptualHash {

    /** At most this many differing bits count as the same picture. */
    public static final int SAME_PICTURE = 6;

    private PerceptualHash() {
    }

    public static long of(BufferedImage image) {
        BufferedImage small = new BufferedImage(9, 8, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, 9, 8, null);
        } finally {
            g.dispose();
        }
        var pixels = small.getRaster();
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                hash = (hash << 1) | (pixels.getSample(x, y, 0) > pixels.getSample(x + 1, y, 0) ? 1 : 0);
            }
        }
        return hash;
    }
}
