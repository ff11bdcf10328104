package no.scorebake.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The PNG encodings the chart's fixed palette was measured against ({@code ChartBenchmark}):
 * RGB and a counted palette through ImageIO, and a counted palette through our own writer. Test
 * code only: a bake writes every chart with {@link PngEncoder#fixed}.
 */
final class ChartEncodings {

    enum Encoding {
        /** 24-bit RGB through ImageIO, as XChart's own BitmapEncoder writes it. */
        RGB,
        /** Palette image through ImageIO (adaptive row filters, deflate level 4). */
        INDEXED,
        /** Palette image through {@link #plain}: no row filter, deflate at a chosen level. */
        INDEXED_PLAIN,
        /**
         * A palette fixed in advance ({@link FixedPalette}), written as {@link #INDEXED_PLAIN}
         * is, but in one pass over the pixels and without an image in between.
         */
        FIXED_PALETTE
    }

    private ChartEncodings() {
    }

    /** The chart drawn as {@code style} says and encoded as {@link #encode} does. */
    static byte[] png(ChartData data, KpiChart.Style style, Encoding encoding, int maxColours, int deflateLevel) {
        BufferedImage picture = Scratch.canvas(style.width() * style.scale(), style.height() * style.scale());
        KpiChart.draw(data, style, picture);
        if (encoding == Encoding.FIXED_PALETTE) {
            return PngEncoder.fixed(picture, KpiChart.PALETTE, KpiChart.STATUS_ONLY, deflateLevel);
        }
        return encode(picture, encoding, maxColours, deflateLevel, KpiChart.KEY_COLOURS);
    }

    /** The chart drawn into a new RGB image. */
    static BufferedImage image(ChartData data, KpiChart.Style style) {
        return KpiChart.draw(data, style, new BufferedImage(style.width() * style.scale(),
                style.height() * style.scale(), BufferedImage.TYPE_INT_RGB));
    }

    /**
     * PNG bytes of {@code rgb}. For the adaptive palette encodings, at most {@code maxColours}
     * colours, always including those in {@code keep} that occur; for {@link Encoding#FIXED_PALETTE}
     * {@code keep} is the whole palette (at most 256 distinct colours) and {@code maxColours} is
     * not used. {@code deflateLevel} 0–9 (-1: 6) is for our writer; ImageIO always deflates at
     * its default, 4.
     */
    static byte[] encode(BufferedImage rgb, Encoding encoding, int maxColours, int deflateLevel, int[] keep) {
        if (encoding == Encoding.FIXED_PALETTE) {
            return PngEncoder.fixed(rgb, keep, new int[0], deflateLevel < 0 ? 6 : deflateLevel);
        }
        if (encoding == Encoding.INDEXED_PLAIN) {
            return plain(toIndexed(rgb, maxColours, keep), deflateLevel < 0 ? 6 : deflateLevel);
        }
        BufferedImage out = encoding == Encoding.INDEXED ? toIndexed(rgb, maxColours, keep) : rgb;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(out), param);
            writer.write(null, new IIOImage(out, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A palette image as PNG: IHDR, PLTE, one IDAT, IEND; every row unfiltered (filter type 0,
     * usually the best choice for palette images), deflated at {@code level} (0–9).
     */
    static byte[] plain(BufferedImage indexed, int level) {
        IndexColorModel model = (IndexColorModel) indexed.getColorModel();
        int w = indexed.getWidth();
        int h = indexed.getHeight();
        int bits = model.getPixelSize();
        int rowBytes = (w * bits + 7) / 8;
        byte[] data = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        int stride = indexed.getSampleModel() instanceof MultiPixelPackedSampleModel packed
                ? packed.getScanlineStride() : w;
        int rawLength = h * (rowBytes + 1);
        byte[] raw = Scratch.bytes(rawLength);
        for (int y = 0; y < h; y++) {
            raw[y * (rowBytes + 1)] = 0;
            System.arraycopy(data, y * stride, raw, y * (rowBytes + 1) + 1, rowBytes);
        }
        int[] palette = new int[model.getMapSize()];
        model.getRGBs(palette);
        return PngEncoder.write(w, h, bits, raw, rawLength, palette, level);
    }

    /**
     * A palette copy of an opaque {@code TYPE_INT_RGB} image with at most {@code maxColours}
     * (2–256) colours: all of them when there are no more, else the colours of {@code keep}
     * that occur and then the most frequent others; any other pixel takes the nearest palette
     * colour. Deterministic.
     */
    static BufferedImage toIndexed(BufferedImage rgb, int maxColours, int[] keep) {
        if (rgb.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB");
        }
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] px = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();

        // Give every distinct colour a slot (open addressing; runs of one colour are the rule),
        // and remember each pixel's slot so the second pass needs no lookup.
        ColourTable table = new ColourTable();
        int[] slotOfPixel = new int[px.length];
        int previous = -1;
        int previousSlot = -1;
        for (int i = 0; i < px.length; i++) {
            int c = px[i] & 0xFFFFFF;
            if (c != previous) {
                previous = c;
                previousSlot = table.slot(c);
            }
            table.counts[previousSlot]++;
            slotOfPixel[i] = previousSlot;
        }
        int distinct = table.size;
        int[] colours = Arrays.copyOf(table.colours, distinct);
        int[] counts = table.counts;

        // Palette: all colours, or the most frequent (ties: lower RGB first); sorted by RGB.
        int[] palette;
        if (distinct <= maxColours) {
            palette = colours.clone();
        } else {
            Integer[] order = new Integer[distinct];
            for (int i = 0; i < distinct; i++) {
                order[i] = i;
            }
            int[] kept = keep.clone();
            Arrays.sort(kept);
            int[] rank = new int[distinct];
            for (int i = 0; i < distinct; i++) {
                rank[i] = Arrays.binarySearch(kept, colours[i]) >= 0 ? Integer.MAX_VALUE : counts[i];
            }
            Arrays.sort(order, (a, b) -> rank[a] != rank[b] ? Integer.compare(rank[b], rank[a])
                    : Integer.compare(colours[a], colours[b]));
            palette = new int[maxColours];
            for (int i = 0; i < maxColours; i++) {
                palette[i] = colours[order[i]];
            }
        }
        Arrays.sort(palette);

        // Palette index of every slot (nearest palette entry when the colour is not in it).
        byte[] indexOfSlot = new byte[distinct];
        for (int i = 0; i < distinct; i++) {
            int at = Arrays.binarySearch(palette, colours[i]);
            indexOfSlot[i] = (byte) (at >= 0 ? at : nearest(palette, colours[i]));
        }

        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        int bits = palette.length <= 2 ? 1 : palette.length <= 4 ? 2 : palette.length <= 16 ? 4 : 8;
        IndexColorModel model = new IndexColorModel(bits, palette.length, r, g, b);
        BufferedImage indexed;
        if (bits == 8) {
            indexed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
            byte[] out = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < px.length; i++) {
                out[i] = indexOfSlot[slotOfPixel[i]];
            }
        } else {
            indexed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, model);
            byte[] out = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
            int stride = ((MultiPixelPackedSampleModel) indexed.getSampleModel()).getScanlineStride();
            int perByte = 8 / bits;
            for (int y = 0, i = 0; y < h; y++) {
                for (int x = 0; x < w; x++, i++) {
                    int shift = 8 - bits * (x % perByte + 1);
                    int index = indexOfSlot[slotOfPixel[i]] & 0xFF;
                    out[y * stride + x / perByte] |= (byte) (index << shift);
                }
            }
        }
        return indexed;
    }

    /** Distinct RGB colours in order of first appearance, with a pixel count each. */
    private static final class ColourTable {
        int[] colours = new int[256];
        int[] counts = new int[256];
        int size;
        private int[] keys = new int[1024];   // colour + 1, 0 = empty
        private int[] slots = new int[1024];

        int slot(int colour) {
            int mask = keys.length - 1;
            int i = home(colour, keys.length);
            while (keys[i] != 0) {
                if (keys[i] == colour + 1) {
                    return slots[i];
                }
                i = (i + 1) & mask;
            }
            if (size == colours.length) {
                colours = Arrays.copyOf(colours, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            colours[size] = colour;
            keys[i] = colour + 1;
            slots[i] = size;
            size++;
            if (size * 2 > keys.length) {
                rehash();
            }
            return size - 1;
        }

        /** Fibonacci hashing: the top bits of the product, as many as the table needs. */
        private static int home(int colour, int length) {
            return (colour * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(length));
        }

        private void rehash() {
            int[] oldKeys = keys;
            int[] oldSlots = slots;
            keys = new int[oldKeys.length * 2];
            slots = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    int colour = oldKeys[j] - 1;
                    int i = home(colour, keys.length);
                    while (keys[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    slots[i] = oldSlots[j];
                }
            }
        }
    }

    /** Index of the palette colour nearest to {@code c} (weighted RGB distance; ties: lowest index). */
    static int nearest(int[] palette, int c) {
        return FixedPalette.nearest(palette, c, new boolean[palette.length]);
    }

}
