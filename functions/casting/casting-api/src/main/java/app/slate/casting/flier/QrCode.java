package app.slate.casting.flier;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Map;

/** A link as a QR code, painted in whole pixels per module on white, with the quiet zone scanners need. */
final class QrCode {

    /** Modules of white around the code, as the QR standard asks. */
    private static final int QUIET = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String link) {
        try {
            // Level M survives a crease or a smudge on a printed flier and keeps the code small.
            return new QrCode(new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the link does not fit in a QR code", e);
        }
    }

    /** Paints it within a square of {@code side} pixels at (x, y), in whole pixels per module. */
    void paint(Graphics2D g, int x, int y, int side, Color ink) {
        int count = modules.getWidth() + 2 * QUIET;
        int module = Math.max(1, side / count);
        g.setColor(Color.WHITE);
        g.fillRect(x, y, module * count, module * count);
        g.setColor(ink);
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row)) {
                    g.fillRect(x + (QUIET + column) * module, y + (QUIET + row) * module, module, module);
                }
            }
        }
    }
}
