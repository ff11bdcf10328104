package no.scorebake.testkit;

/**
 * WCAG 2's contrast between two colours, for tests that check what the pages, charts and maps
 * draw (at least 4.5:1 for text, 3:1 for graphics), from colours as {@code #rrggbb} or as
 * {@code 0xrrggbb} read from a screenshot's pixels.
 */
public final class Contrast {

    private Contrast() {
    }

    /** The contrast ratio of two colours {@code 0xrrggbb} (1 … 21). */
    public static double ratio(int a, int b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    /** The contrast ratio of two colours {@code #rrggbb} (1 … 21). */
    public static double ratio(String a, String b) {
        return ratio(rgb(a), rgb(b));
    }

    /** The relative luminance (0 black … 1 white) of a colour {@code 0xrrggbb}. */
    public static double luminance(int c) {
        return 0.2126 * channel((c >> 16) & 255) + 0.7152 * channel((c >> 8) & 255) + 0.0722 * channel(c & 255);
    }

    /** The relative luminance (0 black … 1 white) of a colour {@code #rrggbb}. */
    public static double luminance(String hex) {
        return luminance(rgb(hex));
    }

    private static int rgb(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a colour #rrggbb: " + hex);
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
