package no.scorebake.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG bytes of a chart: the picture reduced to the fixed palette ({@link FixedPalette}) and
 * written by hand as IHDR, PLTE, one IDAT, IEND and nothing else, every row unfiltered (filter 0
 * suits palette images; ImageIO tries all five filters on every row, which costs time and, here,
 * bytes). No time, no text chunk: equal pixels give equal bytes. The encodings it was measured
 * against live with {@code ChartBenchmark} in the tests.
 */
final class PngEncoder {

    private PngEncoder() {
    }

    /**
     * An opaque {@code TYPE_INT_RGB} image as a PNG with the given palette (at most 256
     * distinct colours), each pixel its nearest palette colour, but the colours of
     * {@code exactOnly} only for themselves; rows unfiltered, deflated at {@code level}. The
     * index bytes go straight into the reused row buffer.
     */
    static byte[] fixed(BufferedImage rgb, int[] palette, int[] exactOnly, int level) {
        if (rgb.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB");
        }
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] px = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        int rawLength = h * (w + 1);
        byte[] raw = Scratch.bytes(rawLength);
        FixedPalette.indexRows(px, w, h, palette, exactOnly, raw);
        return write(w, h, 8, raw, rawLength, palette, level);
    }

    /** The PNG chunks around {@code raw}, the rows each with its filter byte, as they are. */
    static byte[] write(int w, int h, int bits, byte[] raw, int rawLength, int[] palette, int level) {
        Deflater deflater = Scratch.deflater(level);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(rawLength / 16);
        deflater.setInput(raw, 0, rawLength);
        deflater.finish();
        byte[] buffer = new byte[16 * 1024];
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            idat.write(buffer, 0, n);
        }

        byte[] plte = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
        }
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(w).putInt(h).put((byte) bits).put((byte) 3).put((byte) 0).put((byte) 0).put((byte) 0);

        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + plte.length + 64);
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "PLTE", plte);
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(body);
        ByteBuffer head = ByteBuffer.allocate(8).putInt(body.length).put(typeBytes);
        out.writeBytes(head.array());
        out.writeBytes(body);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

}
