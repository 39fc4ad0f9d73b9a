package io.coshoring.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as the page draws it: one SVG path of its dark modules, one unit a module, inside a
 * quiet zone of four modules that readers need to find the code. Drawn by the page rather than as
 * an image, it stays sharp at any size and needs no image library.
 *
 * @param size the modules a side, the quiet zone included: the SVG's view box
 * @param path the dark modules, each row's runs as {@code M x y h n v1 h -n z}
 */
record QrCode(int size, String path) {

  private static final int QUIET_ZONE = 4;

  static QrCode of(String text) {
    BitMatrix modules;
    try {
      // Width 0 gives one cell a module: the SVG scales it, not ZXing.
      modules =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      QUIET_ZONE,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8",
                      // A screen across a lobby is read from afar, sometimes through glare.
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code holds " + text.length() + " characters", e);
    }
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < modules.getHeight(); y++) {
      int x = 0;
      while (x < modules.getWidth()) {
        if (!modules.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < modules.getWidth() && modules.get(x, y)) {
          x++;
        }
        int run = x - start;
        path.append('M')
            .append(start)
            .append(' ')
            .append(y)
            .append('h')
            .append(run)
            .append("v1h-")
            .append(run)
            .append('z');
      }
    }
    return new QrCode(modules.getWidth(), path.toString());
  }
}
