package app.slate.media.ingest.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

/**
 * EXIF orientation (1 to 8): how the pixels a camera stored must be turned and mirrored to be seen
 * upright. Phones store the sensor's pixels and say "rotate 90°" rather than rotating them, so
 * the size as seen and every picture Slate derives (thumbnail, hash) come from the turned image.
 */
public final class Orientation {

    public static final int UPRIGHT = 1;

    private Orientation() {
    }

    /** The orientation the image's EXIF gives, or upright when it gives none (or nonsense). */
    public static int of(byte[] image) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
            for (ExifIFD0Directory exif : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                Integer orientation = exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
                if (orientation != null && orientation >= 1 && orientation <= 8) {
                    return orientation;
                }
            }
        } catch (Exception unreadable) {
            // No readable EXIF: the pixels are as they are meant to be seen.
        }
        return UPRIGHT;
    }

    /** Orientations 5 to 8 turn the picture a quarter: its width as seen is its stored height. */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The picture as it is meant to be seen. */
    public static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation == UPRIGHT) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // mirrored, turned a quarter left
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turned a quarter right
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // mirrored, turned a quarter right
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // turned a quarter left
            default -> new AffineTransform();
        };
        BufferedImage turned = new BufferedImage(swapsSides(orientation) ? h : w, swapsSides(orientation) ? w : h,
                BufferedImage.TYPE_INT_RGB);
        return new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(toRgb(stored), turned);
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }
}
